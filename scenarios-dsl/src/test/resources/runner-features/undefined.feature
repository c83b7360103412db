Feature: Undefined

  Scenario: a step nobody wrote
    Given a step that passes
    When the firewall reboots twice
    Then the uplink "agg1" flaps 3 times
