Feature: two sites with FHRP isolation
  FHRP hellos are filtered on the data-center interconnect, so each site has an active gateway for
  VLAN 110: a VM moved to site dc2 leaves through dc2's firewall. The WAN still prefers dc1 for the
  subnet, so replies come back through dc1's firewall: asymmetric, which stateful firewalls drop.
  (The asymmetry after the move is asserted in the step library's tests.)

  Background:
    Given the topology "two-sites.yaml"

  Scenario: before the move both directions pass fw1
    Then the default gateway of VM "web01" is served by "agg1"
    And traffic between VM "web01" and "wan" is symmetric
    And traffic from VM "web01" to "wan" follows "esx1 > agg1 > fw1 > wan"

  Scenario: after the move outbound traffic stays in site dc2
    When VM "web01" migrates to host "esx2"
    Then the migration succeeds
    And the default gateway of VM "web01" is served by "agg2"
    And traffic from VM "web01" to its default gateway takes at most 1 hop
    And traffic from VM "web01" to "wan" follows "esx2 > agg2 > fw2 > wan"
