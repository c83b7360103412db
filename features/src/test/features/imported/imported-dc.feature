Feature: VM moves in a data center imported from its LLDP neighbour table
  The links of dc1.yaml come from the switches' LLDP tables; the topology file holds only the
  overlay. The web VLAN reaches both leaves, the database VLAN is pruned from leaf2's uplink.

  Background:
    Given the topology "dc1.yaml"

  Scenario: a web VM moves to the other leaf over the imported links
    When VM "web01" migrates to host "esx2"
    Then the migration succeeds
    And VLAN 110 is carried on every link between host "esx1" and host "esx2"

  Scenario: a database VM cannot move, because VLAN 120 is pruned on leaf2's imported uplink
    When VM "db01" migrates to host "esx2"
    Then the migration fails because "drops VLAN 120"

  Scenario: a change that allows VLAN 120 on leaf2's imported uplink lets the database VM move
    Given the change:
      """
      change: CR-3001 allow the database VLAN on leaf2's uplink
      topology: dc1-imported
      links:
        "leaf2:Eth1/49--core1:Eth1/2": { vlans: "110,120,900" }
      """
    When VM "db01" migrates to host "esx2"
    Then the migration succeeds
    And the change breaks no migration that worked before it
