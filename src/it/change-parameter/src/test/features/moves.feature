Feature: pod A's web VMs can move to pod B

  Scenario: web01 moves to pod B
    Given the topology "dc1.yaml"
    When VM "web01" migrates to host "esx-b1"
    Then the migration succeeds
