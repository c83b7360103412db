Feature: Skipped

  @lab
  Scenario: only in the lab
    Given the scenario does not apply here
    And a step that passes
