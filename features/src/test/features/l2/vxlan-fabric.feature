Feature: a VXLAN fabric stretches the web VLAN between the leaves
  The web and vMotion VLANs are VNIs on every VTEP, so a VM keeps its VLAN when it moves from one
  leaf to another: frames between VTEPs ride the routed underlay (leaf > spine > leaf) and no
  spanning tree crosses the fabric. A leaf whose VLAN is not mapped to the VNI keeps it local.

  Background:
    Given the topology "vxlan-fabric.yaml"

  Scenario: a VM moves from rack A to leaf3 and keeps its VLAN
    When VM "web01" migrates to host "esx-c1"
    Then the migration succeeds
    And VLAN 110 is carried on every link between host "esx-a1" and host "esx-c1"
    And VLAN 900 is carried on every link between host "esx-a1" and host "esx-c1"
    And VM "web01" keeps its layer-2 network after the move

  Scenario: the fabric survives a spine failure
    Given device "spine1" is down
    When VM "web01" migrates to host "esx-c1"
    Then the migration succeeds
    And VLAN 110 is carried on every link between host "esx-a1" and host "esx-c1"

  Scenario: the fabric survives one leaf of the vPC pair failing
    Given device "leaf1" is down
    When VM "web01" migrates to host "esx-c1"
    Then the migration succeeds

  Scenario: a leaf that does not map the web VLAN to its VNI cannot take the VM
    When VM "web01" migrates to host "esx-d1"
    Then the migration fails because "VTEP leaf4 does not map VLAN 110 to a VNI"
