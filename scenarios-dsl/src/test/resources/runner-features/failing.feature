Feature: Failing

  Scenario: link stays below 60%
    Given a step that passes
    Then the check fails with "link agg1-core1 peaks at 72% utilization, expected below 60%"
    And a step that passes
