Feature: Typos

  Scenario: a typo in a netmove phrase
    Given a step that passes
    When VM "web01" migrate to host "esx-b1"
    And the migration complete within 2 minutes
