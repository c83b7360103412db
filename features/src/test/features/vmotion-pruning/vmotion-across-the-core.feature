Feature: a core that prunes the vMotion VLAN
  A VLAN clean-up removed VLAN 900 from the core's trunk to pod B because no VM uses it; but
  vMotion does. Every host and every server port is still configured alike, and the web VLAN
  still reaches pod B: only the moves themselves fail. netmove:check shows the trunk whose two
  ends disagree and the vMotion VLAN split between the pods.

  Background:
    Given the topology "two-pods.yaml"

  Scenario: servers and server ports are configured alike in both pods
    Then every host in cluster "prod" has the same port groups
    And the switch ports of every host in cluster "prod" carry the cluster's VLANs
    And VLAN 110 is carried on every link between host "esx-a1" and host "esx-b1"

  Scenario: vMotion within pod A still works
    When VM "web01" migrates to host "esx-a2"
    Then the migration succeeds
    And VM "web01" keeps its layer-2 network after the move

  Scenario: the vMotion VLAN no longer crosses the core, so web VMs cannot move to pod B
    When VM "web01" migrates to host "esx-b1"
    Then the migration fails because "vMotion VLAN 900 does not connect esx-a1 and esx-b1"

  Scenario: after the clean-up the vMotion VLAN stays within its sprawl budget
    Then VLAN 900 spans at most 5 switches
