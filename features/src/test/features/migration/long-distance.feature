Feature: long-distance vMotion over a 1 ms interconnect
  A database VM moves to the second site over a 10Gbps interconnect with 1 ms of one-way latency that
  already carries 4Gbps of replication traffic. The migration gets the 6Gbps that is left, the last
  byte of the switchover takes the interconnect's latency too, and the guest is slowed down when the
  switchover target is tighter than its dirty rate allows.

  Background:
    Given the topology "two-sites.yaml"

  Scenario: a 96 GiB database crosses to the second site in about three minutes
    When VM "db01" migrates to host "esx-2a"
    Then the migration succeeds
    And the migration completes within 3.5 minutes
    And the switchover downtime is at most 500 ms
    And at most 125 GiB is sent over the network
    And link "dci" stays below 100.1% utilization

  Scenario: a tighter switchover target shortens the downtime
    Given the switchover time limit is 100 ms
    When VM "db01" migrates to host "esx-2a"
    Then the switchover downtime of VM "db01" is at most 120 ms

  Scenario: a second migration over the interconnect slows both
    When these migrations run at the same time:
      | vm    | to     |
      | db01  | esx-2a |
      | app01 | esx-2a |
    Then the migration succeeds
    And the migration of VM "app01" completes within 90 seconds
    And the migration of VM "db01" completes within 4 minutes

  Scenario: a hot database on a busier interconnect still converges, because vSphere slows the guest
    Given link "dci" already carries 8 Gbps
    And VM "db01" dirties its memory at 400 MB/s
    When VM "db01" migrates to host "esx-2a"
    Then the migration succeeds
    And the switchover downtime is at most 600 ms
