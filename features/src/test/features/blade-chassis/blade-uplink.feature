Feature: a blade chassis whose side-B uplink trunk misses the db VLAN
  The blades' own ports carry every VLAN of the cluster, so the server team sees nothing wrong;
  the chassis' side-B uplink set lacks VLAN 120. While side A is up the databases move freely;
  when the side-A uplink fails, they are cut off from the rack servers. netmove:check reports
  the uplink in the drift report before any scenario runs.

  Background:
    Given the topology "chassis.yaml"

  Scenario: the blades' ports and port groups match the rest of the cluster
    Then the switch ports of every host in cluster "prod" carry the cluster's VLANs
    And every host in cluster "prod" has the same port groups
    And hosts "blade1" and "rack1" have the same port groups

  Scenario: with both uplinks up, a database moves from a blade to a rack server
    When VM "db01" migrates to host "rack1"
    Then the migration succeeds
    And VM "db01" keeps its layer-2 network after the move

  Scenario: when the side-A uplink fails, the database cannot reach the rack servers
    Given link "ic-a-agg1" is down
    When VM "db01" migrates to host "rack1"
    Then the migration fails because "VLAN 120 of VM db01 does not reach rack1"

  Scenario: when side A's interconnect module fails, the databases are cut off too
    Given device "ic-a" is down
    When VM "db01" migrates to host "rack1"
    Then the migration fails because "VLAN 120 of VM db01 does not reach rack1"
