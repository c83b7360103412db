Feature: databases stay where they are
  Scenario: db01 cannot move to rack 2
    Given the topology "racks.yaml"
    When VM "db01" migrates to host "esx2"
    Then the migration fails because "drops VLAN 120"
