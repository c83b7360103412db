Feature: West

  Scenario: west uplink survives the move
    When the west uplink is checked
