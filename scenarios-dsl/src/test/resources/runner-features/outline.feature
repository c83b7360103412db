Feature: Outline

  Scenario Outline: VM <vm> moves
    When VM "<vm>" moves

    Examples:
      | vm    |
      | web01 |
      | db01  |
