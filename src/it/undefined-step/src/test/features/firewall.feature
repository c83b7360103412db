Feature: Firewall maintenance

  Scenario: the firewall reboots during the move
    When the firewall "fw1" reboots twice
    And VM "web01" migrate to host "esx-b3"
