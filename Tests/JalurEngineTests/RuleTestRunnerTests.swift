import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel
import Testing

/// A small program with tests, loaded from text, and helpers to read and run its tests.
struct RuleTestHarness {
    static let program = #"""
        jalur: 1
        kind: facts
        id: resident
        fields:
          cows: {type: int}
          consent_signed: {type: bool}
          suicide_risk: {type: enum, values: [none, high]}
        ---
        jalur: 1
        kind: services
        id: services
        services:
          - {id: rsj-detox, title: Detox, type: health}
          - {id: safety-plan, title: Safety plan, type: internal}
        ---
        jalur: 1
        kind: workflow
        id: short
        facts: resident
        start: intake
        stages:
          - id: intake
            exit_criteria:
              - id: consent
                when: resident.consent_signed
            next: done
          - id: done
            terminal: true
        ---
        jalur: 1
        kind: rules
        id: rules
        rules:
          - id: detox
            when: resident.cows >= 13
            refer: rsj-detox
            urgency: urgent
            stages: [intake]
          - id: suicide-risk
            when: resident.suicide_risk == 'high'
            alert: critical
          - id: safety
            when: resident.suicide_risk == 'high'
            refer: safety-plan
            urgency: immediate

        """#

    let program: Program
    let diagnostics: [Diagnostic]
    let suites: [RuleTestSuite]

    /// Loads the program with one `kind: tests` document holding `tests` (YAML list items, indented by 2).
    init(tests: String) throws {
        let source = Self.program + "---\njalur: 1\nkind: tests\nid: suite\ntests:\n" + tests
        let (program, loaded) = ProgramLoader().load(source: source, file: "program.yaml")
        let loadErrors = loaded.filter { $0.severity == .error }
        try #require(loadErrors.isEmpty, "\(loadErrors.map(\.description))")
        self.program = program
        (suites, diagnostics) = RuleTestReader(program: program).read(program.testSuites)
    }

    /// Runs every well-formed test with coverage.
    func run() -> RuleTestReport {
        var runner = RuleTestRunner(engine: Engine(program: program))
        let reader = ResidentReader(program: program)
        return runner.run(suites, includeCoverage: true) { test in
            guard case .inline(let node) = test.resident else { return (nil, []) }
            let result = reader.decode(raw: node)
            return (result.resident, result.diagnostics)
        }
    }

    /// The only outcome of a one-test run.
    func onlyOutcome() throws -> RuleTestOutcome {
        let outcomes = run().suites.flatMap(\.outcomes)
        try #require(outcomes.count == 1)
        return outcomes[0]
    }
}

struct RuleTestRunnerTests {
    @Test func inclusionListsAllowOtherEntries() throws {
        let harness = try RuleTestHarness(
            tests: """
                  - name: high risk
                    as_of: 2026-04-01
                    resident: {id: T1, stage: intake, facts: {cows: 20, suicide_risk: high, consent_signed: true}}
                    expect: {referrals: [safety-plan], alerts: [critical], move: done}

                """
        )
        let outcome = try harness.onlyOutcome()
        #expect(outcome.status == .passed, "\(outcome.failures.map(\.message))")
    }

    @Test func emptyListsMeanNone() throws {
        let harness = try RuleTestHarness(
            tests: """
                  - name: expects no referral and no alert
                    as_of: 2026-04-01
                    resident: {id: T1, stage: intake, facts: {cows: 20, suicide_risk: high}}
                    expect: {referrals: [], alerts: [], blockers: []}

                """
        )
        let outcome = try harness.onlyOutcome()
        #expect(outcome.status == .failed)
        let messages = outcome.failures.map(\.message)
        #expect(
            messages == [
                "referrals: expected none, got [safety-plan, rsj-detox]",
                "alerts: expected none, got [suicide-risk]",
                "blockers: expected none, got [consent]",
            ]
        )
    }

    @Test func notReferralsAndMoveReportWhatWasFound() throws {
        let harness = try RuleTestHarness(
            tests: """
                  - name: wrong
                    as_of: 2026-04-01
                    resident: {id: T1, stage: intake, facts: {cows: 20, consent_signed: false, suicide_risk: none}}
                    expect: {not_referrals: [rsj-detox], move: done, undetermined: [consent]}

                """
        )
        let outcome = try harness.onlyOutcome()
        let messages = outcome.failures.map(\.message)
        #expect(
            messages == [
                "move: expected done, got null (stays)",
                "not_referrals: expected none of [rsj-detox], got [rsj-detox]",
                "undetermined: expected to include [consent], got []",
            ]
        )
    }

    @Test func anInvalidResidentIsAnErrorWithItsPosition() throws {
        let harness = try RuleTestHarness(
            tests: """
                  - name: bad fact
                    as_of: 2026-04-01
                    resident: {id: T1, stage: intake, facts: {cows: lots}}
                    expect: {referrals: []}

                """
        )
        let outcome = try harness.onlyOutcome()
        #expect(outcome.status == .error)
        let first = try #require(outcome.diagnostics.first)
        #expect(first.code == "wrong-type")
        let source = RuleTestHarness.program.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(first.location.file == "program.yaml")
        #expect(first.location.line == source.count + 7)
    }

    @Test func coverageNeedsTrueAndFalse() throws {
        let harness = try RuleTestHarness(
            tests: """
                  - name: detox
                    as_of: 2026-04-01
                    resident: {id: T1, stage: intake, facts: {cows: 20, suicide_risk: none, consent_signed: true}}
                    expect: {referrals: [rsj-detox]}
                  - name: no detox
                    as_of: 2026-04-01
                    resident: {id: T2, stage: intake, facts: {cows: 2}}
                    expect: {referrals: []}

                """
        )
        let coverage = try #require(harness.run().coverage)
        let states = coverage.items.map { "\($0.label): \($0.gap)" }
        let expected = [
            "criterion short/intake/consent: never false",
            "rule detox: covered",
            "rule suicide-risk: never true",
            "rule safety: never true",
        ]
        #expect(states == expected)
        #expect(coverage.covered == 1)
        #expect(coverage.items.count == 4)
        #expect(coverage.percentageText == "25")
        #expect(coverage.meets(25))
        #expect(!coverage.meets(25.1))
        let consent = try #require(coverage.items.first { $0.id == "consent" })
        #expect(consent.seenTrue && consent.seenUndetermined && !consent.seenFalse)
        #expect(consent.location.file == "program.yaml")
        #expect(coverage.forwardMoves.map { "\($0.stage) → \($0.to): \($0.isTaken)" } == ["short/intake → done: true"])
    }
}
