Feature: VM networks reach across the pods of a two-pod data center
  Layer 2 is stretched over the core for the web and vMotion VLANs, so a web VM can move to
  pod B and keep its IP address. The database VLAN is pruned from pod B on purpose, and the
  newest host of pod B still lacks the web port group: both moves must be refused.

  Background:
    Given the topology "dc1.yaml"

  Scenario: a web VM moves to pod B and keeps its VLAN
    When VM "web01" migrates to host "esx-b1"
    Then the migration succeeds
    And VLAN 110 is carried on every link between host "esx-a1" and host "esx-b1"
    And VM "web01" keeps its layer-2 network after the move

  Scenario: the vMotion VLAN reaches every host of the cluster
    Then VLAN 900 is carried on every link between host "esx-a1" and host "esx-b2"

  Scenario: a database VM cannot leave pod A, because VLAN 120 is pruned on pod B's uplinks
    When VM "db01" migrates from host "esx-a2" to host "esx-b1"
    Then the migration fails because "drops VLAN 120"

  Scenario: the newest host of pod B lacks the web port group
    When VM "web02" migrates to host "esx-b2"
    Then the migration fails because 'host esx-b2 has no port group "web"'
