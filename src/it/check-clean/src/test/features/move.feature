Feature: the web tier moves between racks
  Scenario: web01 moves to esx2
    Given the topology "racks.yaml"
    When VM "web01" migrates to host "esx2"
    Then the migration succeeds
    And every host in cluster "web" has the same port groups
