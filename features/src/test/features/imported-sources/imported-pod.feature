Feature: VM moves in a pod imported from NetBox, an RVTools export and an LLDP table
  pod-a.yaml names three sources and holds only the overlay: NetBox gives the switches, their
  cables, VLANs and gateways (sources/netbox, saved API pages), RVTools the hosts, their port
  groups and VMs (sources/rvtools), the switches' LLDP table a host cable NetBox lacks. The
  network team keeps VLAN 130 (app) off the trunk to esx-a1 in NetBox; vCenter has esx-a3 on
  its standard switch only, without the distributed port groups of the other hosts.

  Background:
    Given the topology "pod-a.yaml"

  Scenario: a web VM moves between the imported hosts over NetBox's trunks
    When VM "web01" migrates to host "esx-a2"
    Then the migration succeeds
    And VLAN 110 is carried on every link between host "esx-a1" and host "esx-a2"

  Scenario: an app VM cannot move, because NetBox's tagged VLANs on esx-a1's trunk lack VLAN 130
    When VM "app01" migrates to host "esx-a1"
    Then the migration fails because "drops VLAN 130 at acc1:Ethernet1/1 (allowed there: 110,120,900)"

  Scenario: a web VM cannot move to esx-a3, whose port groups in vCenter drift from the other hosts'
    When VM "web01" migrates to host "esx-a3"
    Then the migration fails because 'host esx-a3 has no port group "web"'
