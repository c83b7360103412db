Feature: the newest host of a cluster lacks a port group
  esx04 joined the cluster last, built from an old host profile without the "app" port group.
  The switches are ready for it; the host is not. DRS would place an app VM there and cut it
  off, so moves onto esx04 must be refused for app VMs, and netmove:check names the host.

  Background:
    Given the topology "prod-cluster.yaml"

  Scenario: the switches carry every VLAN of the cluster to every host, esx04 included
    Then the switch ports of every host in cluster "prod" carry the cluster's VLANs
    And hosts "esx01" and "esx02" have the same port groups
    And hosts "esx02" and "esx03" have the same port groups
    And VLAN 130 spans at most 2 switches

  Scenario: an app VM moves between the hosts that have its port group
    When VM "app01" migrates to host "esx03"
    Then the migration succeeds
    And VM "app01" keeps its layer-2 network after the move

  Scenario: a web VM can use the newest host
    When VM "web01" migrates to host "esx04"
    Then the migration succeeds

  Scenario: an app VM cannot move to the newest host
    When VM "app01" migrates to host "esx04"
    Then the migration fails because 'host esx04 has no port group "app"'
