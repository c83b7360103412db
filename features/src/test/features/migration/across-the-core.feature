Feature: a move between pods puts the VM's memory on the core
  The web VLAN and the vMotion VLAN are stretched across the core, so a web VM may move from pod A to
  pod B. Its memory then crosses the core switch, whose links already carry 20Gbps each way; a move
  inside pod A never touches the core.

  Background:
    Given the topology "two-pods.yaml"

  Scenario: a move inside pod A stays off the core
    When VM "web01" migrates to host "esx-a2"
    Then the migration succeeds
    And the migration traffic does not cross the core
    And the migration completes within 30 seconds

  Scenario: a move to pod B puts the VM's whole memory on the core, once
    When VM "web01" migrates to host "esx-b1"
    Then the migration succeeds
    And at most 28 GiB of migration traffic crosses the core
    And at most 28 GiB is sent over the network
    And link "agg-a-core1" stays below 80% utilization
    And link "agg-b-core1" stays below 80% utilization
    And the migration completes within 30 seconds

  Scenario: two web VMs moving to pod B at once share the host's uplink, not more of the core
    When these migrations run at the same time:
      | vm    | to     |
      | web01 | esx-b1 |
      | web02 | esx-b1 |
    Then the migration succeeds
    And at most 39 GiB of migration traffic crosses the core
    And every link stays below 100.1% utilization
    And link "agg-a-core1" stays below 80% utilization
    And the migration of VM "web02" completes within 20 seconds
    And the migration of VM "web01" completes within 40 seconds
