Feature: change requests, checked before the change window
  The network team writes each change request once, as a change file, and the acceptance suite runs
  against the network as it will be.

  Background:
    Given the topology "two-pods-hsrp.yaml"

  Scenario: pruning VLAN 110 from the core's trunk to pod B breaks moves into pod B
    Given the change "cr-2002-prune-vlan-110.yaml"
    When VM "web01" migrates to host "esx-b1"
    Then the migration fails because "VLAN 110 of VM web01 does not reach esx-b1"

  @fails-on-purpose
  Scenario: the pruning is caught by the change's own check
    Given the change "cr-2002-prune-vlan-110.yaml"
    Then the change breaks no migration that worked before it

  Scenario: raising agg2's HSRP priority moves web01's gateway across the core
    Given the change "cr-2001-hsrp-priority.yaml"
    Then the default gateway of VM "web01" is served by "agg2"
    And traffic from VM "web01" to its default gateway crosses the core

  Scenario: the same priority change as a configuration what-if
    Given device "agg2" has gateway priority 120 for VLAN 110
    Then the default gateway of VM "web01" is served by "agg2"

  Scenario: a harmless change passes every check
    Given the change "cr-2003-faster-uplink.yaml"
    Then the change breaks no migration that worked before it
    And the change moves no default gateway
    And the change adds no core crossing to any VM's path to its default gateway
    And every VM of cluster "prod" can migrate to every host of the cluster

  Scenario: re-cabling pod B's uplink removes the old link and adds the new one in one change
    Given the change "cr-2006-recable-pod-b.yaml"
    When VM "web01" migrates to host "esx-b1"
    Then the migration succeeds
    And link "agg2-core1-new" stays below 20% utilization
    And the change breaks no migration that worked before it

  @fails-on-purpose
  Scenario: a single-homed access switch is caught by a sweep
    Then VM "web01" can migrate to host "esx-b1" after any single link failure

  Scenario: a second uplink for every access switch survives any single link failure
    Given the change "cr-2004-dual-home-access.yaml"
    Then VM "web01" can migrate to host "esx-b1" after any single link failure
    And every VM of cluster "prod" can migrate to every host of the cluster after any single link failure
    And VM "web01" reaches its default gateway after any single link failure

  Scenario: a change written in the scenario itself
    Given the change:
      """
      change: CR-2005 drop VLAN 120 from pod B
      devices:
        acc-b1: { vlans: "110,900" }
      """
    When VM "db01" migrates to host "esx-b1"
    Then the migration fails because "db01"
