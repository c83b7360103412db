Feature: Slow

  Scenario: a step that takes too long
    Given a step that passes
    When the step waits for 10 minutes
    Then the check fails with "never reached"
