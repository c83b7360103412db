Feature: the same move under a vPC pair does not trombone
  agg1 and agg2 are a vPC pair: both forward for HSRP group 110, so a VM moved to pod B is routed by
  agg2, the first of the pair its traffic reaches.

  Background:
    Given the topology "three-tier-vpc.yaml"

  Scenario: a VM moved to pod B is served by the nearer peer
    When VM "web01" migrates to host "esx-b1"
    Then the migration succeeds
    And the default gateway of VM "web01" is served by "agg2"
    And traffic from VM "web01" to its default gateway does not cross the core
    And traffic from VM "web01" to its default gateway takes at most 2 hops
