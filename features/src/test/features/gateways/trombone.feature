Feature: the traffic trombone in a three-tier data center
  HSRP at aggregation makes agg1 (pod A) the only active gateway of the web and db VLANs. A VM moved
  to pod B keeps sending to agg1: across the core and back. Two moved VMs that talk cross it twice.

  Background:
    Given the topology "three-tier-hsrp.yaml"

  Scenario: before any move the gateway is next door
    Then the default gateway of VM "web01" is served by "agg1"
    And traffic from VM "web01" to its default gateway does not cross the core
    And traffic from VM "web01" to its default gateway takes at most 2 hops

  Scenario: a VM moved to pod B crosses the core to its gateway
    When VM "web01" migrates to host "esx-b1"
    Then the migration succeeds
    And the default gateway of VM "web01" is served by "agg1"
    And traffic from VM "web01" to its default gateway crosses the core
    And traffic from VM "web01" to its default gateway takes at most 4 hops
    And traffic from VM "web01" to "fw1" follows "esx-b1 > acc-b1 > agg2 > core1 > agg1 > fw1"
    And traffic from VM "web01" to "fw1" takes at most 20 us longer than before the move
    And traffic between VM "web01" and "fw1" is symmetric

  Scenario: two moved VMs that talk cross the core twice
    Given VM "web01" talks to "db01" at 300 Mbps
    When these migrations run at the same time:
      | vm    | to     |
      | web01 | esx-b1 |
      | db01  | esx-b1 |
    Then the migration succeeds
    And traffic from VM "web01" to "db01" crosses the core at most 2 times
    And traffic from VM "web01" to "db01" follows "esx-b1 > acc-b1 > agg2 > core1 > agg1 > core1 > agg2 > acc-b1 > esx-b1"
    And the core carries at most 600 Mbps more traffic after the move
