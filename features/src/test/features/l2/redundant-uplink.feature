Feature: a redundant uplink that spanning tree blocks until the primary fails
  Each access switch is cabled to both core switches. Rapid-PVST makes core1 the root and blocks
  every access switch's uplink to core2, so VLANs 110 and 900 run over one uplink. When that
  uplink fails, the blocked one takes over and migrations keep working; only when both fail is the
  pod cut off, and the failed uplink is named.

  Background:
    Given the topology "campus-ring.yaml"

  Scenario: with everything up, the VM moves over the primary uplinks
    When VM "web01" migrates to host "esx-b1"
    Then the migration succeeds
    And VLAN 110 is carried on every link between host "esx-a1" and host "esx-b1"

  Scenario: the primary uplink fails and the blocked uplink takes over
    Given link "acc-a-core1" is down
    When VM "web01" migrates to host "esx-b1"
    Then the migration succeeds
    And VLAN 900 is carried on every link between host "esx-a1" and host "esx-b1"
    And VM "web01" keeps its layer-2 network after the move

  Scenario: the root bridge fails and the secondary root takes over
    Given device "core1" is down
    When VM "web01" migrates to host "esx-b1"
    Then the migration succeeds

  Scenario: both uplinks of pod A fail and the VLANs are split
    Given link "acc-a-core1" is down
    And link "acc-a-core2" is down
    When VM "web01" migrates to host "esx-b1"
    Then the migration fails because 'vMotion VLAN 900 does not connect esx-a1 and esx-b1: link "acc-a-core1" is down'
