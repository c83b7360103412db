Feature: East

  Scenario: east uplink survives the move
    When the east uplink is checked
