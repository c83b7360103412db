Feature: the file is checked before anything moves
  Scenario: a move
    Given the topology "racks.yaml"
    When VM "web01" migrates to host "esx1"

  Scenario: a file that is not there
    Given the topology "rack2.yaml"
