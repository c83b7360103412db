Feature: Change approval

  Scenario: an open ticket can be approved
    Given change ticket "CHG-42" is open
    Then change ticket "CHG-42" can be approved
    And the audit log says "CHG-42 approved"
