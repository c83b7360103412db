Feature: Passing

  Scenario: VLAN 110 reaches pod B
    Given a step that passes
    When VM "web01" moves

  @slow
  Scenario: the project folder is known
    Given the project folder is noted
