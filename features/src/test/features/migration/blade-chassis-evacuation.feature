Feature: evacuating a full blade chassis over its two uplinks
  Chassis A is full and blade-a1 goes into maintenance mode: its six VMs move to the emptier blades of
  chassis B, so every byte of their memory leaves chassis A over its two 10GbE uplinks, which already
  carry 6Gbps of production traffic each way. Multi-NIC vMotion spreads each migration over both uplinks.

  Without a QoS class for vMotion the migrations take everything production leaves free: both uplinks
  of chassis A (and of chassis B) run at 100% for the whole evacuation, about 2.7 minutes (pinned, with
  the failure message, by MigrationFeatureDesignsTest in the step library). Holding vMotion to 20% of
  each link keeps the uplinks at 80%, and the evacuation takes more than twice as long.

  Background:
    Given the topology "blade-chassis.yaml"

  Scenario: without a vMotion QoS class the evacuation is quick
    When host "blade-a1" enters maintenance mode
    Then the migration succeeds
    And the migration completes within 3 minutes
    And the switchover downtime is at most 500 ms
    And the migration traffic does not cross the core

  Scenario: with vMotion held to 20% of every link, production keeps its share and the evacuation takes longer
    Given vMotion traffic is limited to 20% of every link
    When host "blade-a1" enters maintenance mode
    Then the migration succeeds
    And link "fi-a-up1" stays below 81% utilization
    And link "fi-a-up2" stays below 81% utilization
    And every link stays below 81% utilization
    And the migration completes within 7 minutes
    And the migration of VM "web11" completes within 3 minutes
    And the switchover downtime is at most 500 ms
