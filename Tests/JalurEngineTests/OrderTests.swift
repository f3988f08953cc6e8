@testable import JalurEngine
import JalurExpression
import JalurModel
import Testing

/// SPEC §2.6 item 10: output order.
struct OrderTests {
    @Test func referralsByUrgencyThenFileOrderOfTheRoleRule() throws {
        var harness = Harness(rules: [
            Make.rule("a-routine", line: 1, refer: "a"),
            Make.rule("b-soon", line: 2, refer: "b", urgency: .soon),
            Make.rule("c-routine", line: 3, refer: "c"),
            Make.rule("a-immediate", line: 4, refer: "a", urgency: .immediate),
            Make.rule("d-soon", line: 5, refer: "d", urgency: .soon),
        ])
        harness.table = ["a-routine": .yes, "b-soon": .yes, "c-routine": .yes, "a-immediate": .yes, "d-soon": .yes]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.referrals.map(\.service) == ["a", "b", "d", "c"])
    }

    @Test func alertsByLevelThenFileOrderWithOverdueFirstAmongWarnings() throws {
        var harness = Harness(rules: [
            Make.rule("info", line: 1, alert: .info),
            Make.rule("warn-1", line: 2, alert: .warning),
            Make.rule("crit-1", line: 3, alert: .critical),
            Make.rule("warn-2", line: 4, alert: .warning),
            Make.rule("crit-2", line: 5, alert: .critical),
        ])
        harness.table = ["info": .yes, "warn-1": .yes, "crit-1": .yes, "warn-2": .yes, "crit-2": .yes]
        let evaluation = try harness.evaluate(stage: "intake", days: 30)
        #expect(evaluation.alerts.map(\.rule) == ["crit-1", "crit-2", "overdue", "warn-1", "warn-2", "info"])
    }

    @Test func undeterminedInFileOrderWithBuiltInsFirst() throws {
        let stages = [
            Make.stage(
                "work",
                line: 10,
                next: "end",
                minDaysExpression: true,
                criteria: ["c1", "c2"],
                branches: [("b1", "end")]
            ),
            Make.stage("end", line: 100, terminal: true),
        ]
        var harness = Harness(
            stages: stages,
            rules: [
                Make.rule("r2", line: 7, refer: "x"),
                Make.rule("r1", line: 3, refer: "y"),
            ]
        )
        let unknown = Fake.unknown(absent: ["resident.x"])
        harness.table = ["c1": unknown, "c2": unknown, "b1": unknown, "r1": unknown, "r2": unknown]
        harness.limits = ["min-days": .undetermined(.init("boom"))]
        let evaluation = try harness.evaluate(stage: "work")
        // workflow.yaml comes before rules.yaml; criteria on lines 11-12, the branch on line 60.
        #expect(evaluation.undetermined.map(\.id) == ["min-days", "c1", "c2", "b1", "r1", "r2"])
        #expect(evaluation.blockers.map(\.criterion) == ["min-days", "c1", "c2"])
    }
}
