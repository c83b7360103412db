Feature: a topology with typos

  Scenario: the file is checked before anything moves
    Given the topology "racks.yaml"
    Then VLAN 110 is carried on every link between host "esx1" and host "esx1"
