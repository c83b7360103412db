Feature: VM moves in a pod whose switches come from their running-configs
  The switches of pod.yaml are read from their configuration backups (NX-OS, IOS-XE, EOS), the
  cables from an LLDP table; the topology file holds only the servers and VMs. A failed check
  names the configuration line that causes it.

  Background:
    Given the topology "pod.yaml"

  Scenario: a web VM moves to the other access switch over the configured trunks
    When VM "web01" migrates to host "esx-b1"
    Then the migration succeeds
    And VLAN 110 is carried on every link between host "esx-a1" and host "esx-b1"

  Scenario: a database VM cannot move: agg2's trunk to acc2 leaves VLAN 120 out in its config
    When VM "db01" migrates to host "esx-b1"
    Then the migration fails because "drops VLAN 120 at agg2:Eth1/21 (allowed there: 110,900; switchport trunk allowed vlan 110,900 at "
    And the migration fails because "configs/agg2.cfg:83; acc2:Ethernet49/1 allows it: switchport trunk allowed vlan 110,120,900 at "
