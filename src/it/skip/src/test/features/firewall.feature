Feature: Firewall maintenance

  Scenario: the firewall reboots during the move
    When the firewall "fw1" reboots twice
