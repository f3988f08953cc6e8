/// A small program exercising every variable and the error cases of SPEC §2.6 item 1.
let sampleProgram = #"""
    jalur: 1
    kind: facts
    id: resident
    fields:
      cows: {type: int}
      substances: {type: list, of: {type: enum, values: [heroin, alcohol, methamphetamine]}}
      consent_signed: {type: bool}
      discharge_requested: {type: bool}
      suicide_risk: {type: enum, values: [none, low, moderate, high]}
      phq9: {type: int}
      goals_total: {type: int}
      court_date: {type: date}
      family:
        type: object
        fields:
          conflict_level: {type: enum, values: [none, mild, severe]}
      urine_tests:
        type: list
        of:
          type: object
          fields:
            result: {type: enum, values: [negative, positive]}
      assist: {type: map, of: {type: int}}
    derived:
      uses_opioids: "'heroin' in resident.substances"
      opioid_withdrawal: uses_opioids && resident.cows >= 13
      severe_case: resident.cows >= 25
      recent_positive: resident.urine_tests.exists(t, t.result == 'positive')
    ---
    jalur: 1
    kind: services
    id: medan
    services:
      - {id: rsj-detox, title: Detox, type: health}
      - {id: crisis-team, title: Crisis team, type: mental-health}
      - {id: psychologist, title: Psychologist, type: mental-health}
      - {id: na-group, title: NA group, type: aftercare}
    ---
    jalur: 1
    kind: workflow
    id: medan-plus
    facts: resident
    start: intake
    stages:
      - id: intake
        min_days: "severe_case ? 10 : 3"
        max_days: 14
        exit_criteria:
          - id: history
            when: has(resident.substances) && has(resident.cows)
          - id: consent
            when: resident.consent_signed
          - id: withdrawal-managed
            when:
              - "!opioid_withdrawal || referrals.exists(r, r.service == 'rsj-detox' && r.status == 'completed')"
        branches:
          - id: quit
            to: end
            when: resident.discharge_requested
          - to: work
            when: stage == 'intake' && days_in_stage > 100
        next: work
      - id: work
        exit_criteria:
          - id: clean
            when: "!recent_positive"
          - id: family-calm
            when: resident.family.conflict_level != 'severe'
        next: end
      - id: end
        terminal: true
    ---
    jalur: 1
    kind: rules
    id: referrals
    rules:
      - id: detox
        when: [resident.cows >= 13, "'heroin' in resident.substances"]
        refer: rsj-detox
        urgency: urgent
        holds_stage: true
        suppressed_by: [crisis]
        because: COWS 13 or more with heroin.
      - id: crisis
        when: resident.suicide_risk == 'high'
        refer: crisis-team
        urgency: immediate
      - id: counselling
        when: resident.phq9 >= 10
        refer: psychologist
      - id: court-soon
        when: resident.court_date >= today && days_in_program > 10
        alert: warning
      - id: goals-ratio
        when: 10 / resident.goals_total > 2
        alert: info
      - id: heroin-assist
        when: resident.assist.heroin >= 27
        alert: info
      - id: na
        when: "!recent_positive"
        aftercare: na-group
    """#
