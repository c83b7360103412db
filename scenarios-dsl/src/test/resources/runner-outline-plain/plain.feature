Feature: an outline keyword on a plain scenario

  Scenario Outline: web01 moves
    When VM "web01" moves
