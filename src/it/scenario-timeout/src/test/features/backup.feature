Feature: moves wait for the backup window

  Scenario: web01 moves after the backup
    When the nightly backup window has passed
