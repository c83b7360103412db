Feature: Arguments

  Scenario: a doc string on a step that takes none
    Given a step that passes
      """
      text
      """
