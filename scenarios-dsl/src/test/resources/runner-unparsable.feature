Feature: Unparsable
  Scenario: fine
    Given a step that passes
  Scenario Outline without colon
    | oops |
