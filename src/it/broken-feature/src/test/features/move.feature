Feature: web01 can move to the other rack

  Scenario: web01 moves to esx2 and keeps VLAN 110
    Given the topology "racks.yaml"
    When VM "web01" migrates to host "esx2"
    Then the migration succeeds
    And VLAN 110 is carried on every link between host "esx1" and host "esx2"
    And VM "web01" keeps its layer-2 network after the move
