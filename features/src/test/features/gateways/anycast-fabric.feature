Feature: anycast gateways in an EVPN fabric never trombone
  Every leaf answers the gateway address of VLAN 110 itself, so a moved VM is routed by its new leaf.

  Background:
    Given the topology "evpn-fabric.yaml"

  Scenario: a VM moved to another leaf is routed by that leaf
    When VM "web01" migrates to host "esx2"
    Then the migration succeeds
    And the default gateway of VM "web01" is served by "leaf2"
    And traffic from VM "web01" to its default gateway takes at most 1 hop
    And traffic from VM "web01" to its default gateway does not cross the core
    And traffic from VM "web01" to "border1" follows "esx2 > leaf2 > spine1 > border1"
    And traffic from VM "web01" to "border1" takes at most 0 us longer than before the move
