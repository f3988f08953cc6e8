@testable import JalurEngine
import JalurModel
import Testing

/// The engine over a program loaded from YAML, with compiled expressions (SPEC §2.6 items 1 and 2).
struct ProgramEvaluationTests {
    let loaded: LoadedProgram

    init() throws { loaded = try LoadedProgram(sampleProgram) }

    /// Every fact recorded with an unremarkable value, then `changes` applied (`nil` removes a fact).
    private func facts(_ changes: [String: Any?] = [:]) -> [String: Any] {
        var facts: [String: Any] = [
            "cows": 2, "substances": ["alcohol"], "consent_signed": true, "discharge_requested": false,
            "suicide_risk": "none", "phq9": 2, "goals_total": 5, "court_date": "2026-01-01",
            "family": ["conflict_level": "none"], "urine_tests": [[String: Any]](), "assist": ["heroin": 0],
        ]
        for (name, value) in changes { facts[name] = value }
        return facts
    }

    @Test func undeterminedNamesMissingFactsThroughDerivedNames() throws {
        let evaluation = try loaded.evaluate("intake", facts: facts(["substances": ["heroin"], "cows": nil]))
        #expect(evaluation.undetermined.map(\.id) == ["min-days", "withdrawal-managed", "detox"])
        #expect(evaluation.undetermined.allSatisfy { $0.missing == ["resident.cows"] && $0.error == nil })
        #expect(evaluation.blockers.map(\.criterion) == ["min-days", "history", "withdrawal-managed"])
        #expect(evaluation.blockers.map(\.missing) == [["resident.cows"], ["resident.cows"], ["resident.cows"]])
        #expect(evaluation.move == nil)
    }

    @Test func falseAndErrorIsFalse() throws {
        let evaluation = try loaded.evaluate("intake", facts: facts(["cows": nil]))
        #expect(!evaluation.undetermined.contains { $0.id == "detox" })
        #expect(evaluation.undetermined.map(\.id) == ["min-days"])
    }

    @Test func hasNeverMakesAConditionUndetermined() throws {
        let evaluation = try loaded.evaluate("intake", facts: ["cows": 3, "consent_signed": true])
        let history = try #require(evaluation.blockers.first { $0.criterion == "history" })
        #expect(history.missing == ["resident.substances"])
        #expect(!evaluation.undetermined.contains { $0.id == "history" })
    }

    @Test func runTimeErrorWithoutMissingFactsReportsTheMessage() throws {
        let evaluation = try loaded.evaluate("work", facts: ["goals_total": 0])
        let entry = try #require(evaluation.undetermined.first { $0.id == "goals-ratio" })
        #expect(entry.missing.isEmpty)
        #expect(entry.error?.contains("division") == true)
    }

    @Test func mapKeyMissingNamesTheKeyPath() throws {
        let evaluation = try loaded.evaluate("work", facts: ["assist": ["alcohol": 30]])
        let entry = try #require(evaluation.undetermined.first { $0.id == "heroin-assist" })
        #expect(entry.missing == ["resident.assist.heroin"])
        #expect(entry.error == nil)
        let none = try loaded.evaluate("work", facts: ["assist": ["heroin": 30]])
        #expect(none.alerts.map(\.rule) == ["heroin-assist"])
    }

    @Test func listElementLackingAFieldIsMissing() throws {
        let facts: [String: Any] = [
            "urine_tests": [["result": "negative"], [:]], "family": ["conflict_level": "none"],
        ]
        let evaluation = try loaded.evaluate("work", facts: facts)
        #expect(evaluation.undetermined.first { $0.id == "clean" }?.missing == ["resident.urine_tests.result"])
        let positive: [String: Any] = [
            "urine_tests": [["result": "positive"], [:]], "family": ["conflict_level": "none"],
        ]
        let blocked = try loaded.evaluate("work", facts: positive)
        #expect(blocked.blockers.map(\.criterion) == ["clean"])
        #expect(blocked.blockers.first?.missing == ["resident.urine_tests.result"])
    }

    @Test func nestedRecordAbsentIsMissing() throws {
        let evaluation = try loaded.evaluate("work", facts: facts(["family": nil]))
        #expect(evaluation.undetermined.map(\.id) == ["family-calm"])
        #expect(evaluation.undetermined.first?.missing == ["resident.family.conflict_level"])
    }

    @Test func defaultBranchIDUsesStageAndDaysInStage() throws {
        let facts: [String: Any] = ["substances": ["alcohol"], "cows": 2, "consent_signed": false]
        let evaluation = try loaded.evaluate("intake", days: 101, facts: facts)
        #expect(evaluation.move == Move(to: "work", via: .branch, branch: "to-work", because: nil))
        let early = try loaded.evaluate("intake", days: 100, facts: facts)
        #expect(early.move == nil)
    }

    @Test func referralsVariableSeesTheHistory() throws {
        let facts: [String: Any] = ["substances": ["heroin"], "cows": 20, "consent_signed": true]
        let before = try loaded.evaluate("intake", facts: facts)
        #expect(before.blockers.map(\.criterion) == ["withdrawal-managed"])
        #expect(before.onHold)
        let history = [Harness.referral("rsj-detox", .completed, daysAgo: 2)]
        let after = try loaded.evaluate("intake", facts: facts, referrals: history)
        #expect(after.move?.to == "work")
        #expect(after.referrals.isEmpty)
    }

    @Test func todayAndDaysInProgramAreBound() throws {
        let evaluation = try loaded.evaluate("work", facts: ["court_date": "2026-04-01"])
        #expect(evaluation.alerts.map(\.rule) == ["court-soon"])
        let past = try loaded.evaluate("work", facts: ["court_date": "2026-03-31"])
        #expect(past.alerts.isEmpty)
    }

    @Test func firingRuleCarriesEvidence() throws {
        let evaluation = try loaded.evaluate("intake", facts: ["substances": ["heroin"], "cows": 15])
        let detox = try #require(evaluation.referrals.first)
        #expect(detox.service == "rsj-detox")
        #expect(
            detox.evidence == [
                Evidence(path: "resident.cows", json: "15"),
                Evidence(path: "resident.substances", json: #"["heroin"]"#),
            ]
        )
        #expect(detox.because.map { $0.text(in: "en") } == ["COWS 13 or more with heroin."])
    }

    @Test func crisisSuppressesDetoxAndSoReleasesTheHold() throws {
        let facts: [String: Any] = ["substances": ["heroin"], "cows": 15, "suicide_risk": "high"]
        let evaluation = try loaded.evaluate("intake", facts: facts)
        #expect(evaluation.referrals.map(\.service) == ["crisis-team"])
        #expect(!evaluation.onHold)
    }

    @Test func aftercareInTerminalStage() throws {
        let evaluation = try loaded.evaluate("end", facts: ["urine_tests": [["result": "negative"]]])
        #expect(evaluation.aftercare.map(\.service) == ["na-group"])
        #expect(evaluation.stage.complete == true)
    }

    @Test func traceShowsConditionsOutcomesAndEvidence() throws {
        let evaluation = try loaded.evaluate(
            "intake",
            facts: ["substances": ["heroin"], "cows": 15],
            includeTrace: true
        )
        let detox = try #require(evaluation.trace.first { $0.id == "detox" })
        #expect(detox.condition == "resident.cows >= 13 && 'heroin' in resident.substances")
        #expect(detox.outcome == .true)
        #expect(detox.evidence.map(\.path) == ["resident.cows", "resident.substances"])
        let ids = evaluation.trace.map(\.id)
        #expect(
            ids == [
                "quit", "to-work", "history", "consent", "withdrawal-managed", "detox", "crisis", "counselling",
                "court-soon", "goals-ratio", "heroin-assist",
            ]
        )
    }

    @Test func derivedValuesDoNotLeakBetweenResidents() throws {
        var evaluator = loaded.engine.makeEvaluator()
        let withdrawing = try loaded.resident("intake", facts: facts(["substances": ["heroin"], "cows": 20]), id: "A")
        let calm = try loaded.resident("intake", facts: facts(["substances": ["heroin"], "cows": 2]), id: "B")
        let first = try evaluator.evaluate(withdrawing, asOf: Harness.asOf)
        let second = try evaluator.evaluate(calm, asOf: Harness.asOf)
        #expect(first.blockers.map(\.criterion) == ["withdrawal-managed"])
        #expect(second.move?.to == "work")
        #expect(second == (try loaded.engine.evaluate(calm, asOf: Harness.asOf)))
    }

    @Test func evaluatorsRunConcurrentlyWithTheSameResults() async throws {
        let residents = try (0..<200).map { index in
            try loaded.resident(
                index % 3 == 0 ? "intake" : "work",
                days: index % 20,
                facts: [
                    "cows": index % 30, "substances": index % 2 == 0 ? ["heroin"] : ["alcohol"], "phq9": index % 25,
                ],
                id: "R\(index)"
            )
        }
        let engine = loaded.engine
        var sequential = engine.makeEvaluator()
        let expected = try residents.map { try sequential.evaluate($0, asOf: Harness.asOf) }
        let results = try await withThrowingTaskGroup(of: [Evaluation].self) { group in
            for chunk in stride(from: 0, to: residents.count, by: 50) {
                let slice = Array(residents[chunk..<min(chunk + 50, residents.count)])
                group.addTask {
                    var evaluator = engine.makeEvaluator()
                    return try slice.map { try evaluator.evaluate($0, asOf: Harness.asOf) }
                }
            }
            var all: [Evaluation] = []
            for try await part in group { all += part }
            return all
        }
        #expect(Set(results) == Set(expected))
        #expect(results.count == expected.count)
    }
}
