Feature: a feature file someone is still writing

  Scenario: web01 and web02 move together
    When these migrations run at the same time:
      | vm    | to   |
      | web01 |
