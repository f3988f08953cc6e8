@testable import JalurEngine
import JalurModel
import Testing

/// SPEC §2.6 item 3: scope, firing and suppression.
struct SuppressionTests {
    @Test func rulesApplyOnlyInTheirStages() throws {
        var harness = Harness(rules: [
            Make.rule("everywhere", line: 1, refer: "a"),
            Make.rule("work-only", line: 2, refer: "b", stages: ["work"]),
        ])
        harness.table = ["everywhere": .yes, "work-only": .yes]
        let intake = try harness.evaluate(stage: "intake")
        let work = try harness.evaluate(stage: "work")
        #expect(intake.referrals.map(\.service) == ["a"])
        #expect(work.referrals.map(\.service) == ["a", "b"])
    }

    @Test func aftercareDefaultsToTerminalStages() throws {
        var harness = Harness(rules: [
            Make.rule("na", line: 1, aftercare: "na-group"),
            Make.rule("house", line: 2, aftercare: "halfway", stages: ["work"]),
        ])
        harness.table = ["na": .yes, "house": .yes]
        let work = try harness.evaluate(stage: "work")
        let end = try harness.evaluate(stage: "end")
        #expect(work.aftercare.map(\.service) == ["halfway"])
        #expect(end.aftercare.map(\.service) == ["na-group"])
    }

    @Test func firingRuleSuppressesAnother() throws {
        var harness = Harness(rules: [
            Make.rule("counselling", line: 1, refer: "psychologist", suppressedBy: ["crisis"]),
            Make.rule("crisis", line: 2, refer: "crisis-team", urgency: .immediate),
        ])
        harness.table = ["counselling": .yes, "crisis": .yes]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.referrals.map(\.service) == ["crisis-team"])
    }

    @Test func suppressedRuleDoesNotSuppress() throws {
        // a suppresses b, b suppresses c: with a firing, b is suppressed and c fires.
        var harness = Harness(rules: [
            Make.rule("c", line: 1, refer: "sc", suppressedBy: ["b"]),
            Make.rule("b", line: 2, refer: "sb", suppressedBy: ["a"]),
            Make.rule("a", line: 3, refer: "sa"),
        ])
        harness.table = ["a": .yes, "b": .yes, "c": .yes]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.referrals.map(\.service) == ["sc", "sa"])
    }

    @Test func chainWithoutTopFiringSuppressesDownward() throws {
        var harness = Harness(rules: [
            Make.rule("c", line: 1, refer: "sc", suppressedBy: ["b"]),
            Make.rule("b", line: 2, refer: "sb", suppressedBy: ["a"]),
            Make.rule("a", line: 3, refer: "sa"),
        ])
        harness.table = ["b": .yes, "c": .yes]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.referrals.map(\.service) == ["sb"])
    }

    @Test func undeterminedSuppressorNeitherFiresNorSuppresses() throws {
        var harness = Harness(rules: [
            Make.rule("counselling", line: 1, refer: "psychologist", suppressedBy: ["crisis"]),
            Make.rule("crisis", line: 2, refer: "crisis-team"),
        ])
        harness.table = ["counselling": .yes, "crisis": .unknown(absent: ["resident.suicide_risk"])]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.referrals.map(\.service) == ["psychologist"])
        #expect(
            evaluation.undetermined == [Undetermined(subject: .rule, id: "crisis", missing: ["resident.suicide_risk"])]
        )
    }

    @Test func suppressedUndeterminedRuleIsNotReported() throws {
        var harness = Harness(rules: [
            Make.rule("counselling", line: 1, refer: "psychologist", suppressedBy: ["crisis"]),
            Make.rule("crisis", line: 2, refer: "crisis-team"),
        ])
        harness.table = ["counselling": .unknown(absent: ["resident.phq9"]), "crisis": .yes]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.referrals.map(\.service) == ["crisis-team"])
        #expect(evaluation.undetermined.isEmpty)
    }

    @Test func suppressorOutOfScopeDoesNotSuppress() throws {
        var harness = Harness(rules: [
            Make.rule("counselling", line: 1, refer: "psychologist", suppressedBy: ["crisis"]),
            Make.rule("crisis", line: 2, refer: "crisis-team", stages: ["intake"]),
        ])
        harness.table = ["counselling": .yes, "crisis": .yes]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.referrals.map(\.service) == ["psychologist"])
    }

    @Test func suppressionOrderPutsSuppressorsFirst() {
        let rules = RuleInfo.resolve([
            Make.rule("c", line: 1, refer: "x", suppressedBy: ["b"]),
            Make.rule("b", line: 2, refer: "x", suppressedBy: ["a"]),
            Make.rule("a", line: 3, refer: "x"),
            Make.rule("d", line: 4, refer: "x"),
        ])
        let stage = StageInfo(
            index: 0,
            stage: Make.stage("s", line: 1),
            rules: rules,
            criterionRanks: [],
            branchRanks: []
        )
        #expect(stage.scope.map(\.rule) == [2, 1, 0, 3])
        #expect(stage.scope.indices.map { Array(stage.suppressors(ofRuleAt: $0)) } == [[], [0], [1], []])
    }

    @Test func cyclicSuppressionDoesNotHang() {
        let rules = RuleInfo.resolve([
            Make.rule("a", line: 1, refer: "x", suppressedBy: ["b"]),
            Make.rule("b", line: 2, refer: "x", suppressedBy: ["a"]),
        ])
        let stage = StageInfo(
            index: 0,
            stage: Make.stage("s", line: 1),
            rules: rules,
            criterionRanks: [],
            branchRanks: []
        )
        #expect(stage.scope.map(\.rule) == [0, 1])
        #expect(stage.scope.indices.map { Array(stage.suppressors(ofRuleAt: $0)) } == [[], [0]])
    }

    @Test func alertsFireAndCanBeSuppressed() throws {
        var harness = Harness(rules: [
            Make.rule("low-mood", line: 1, alert: .info, suppressedBy: ["suicide"]),
            Make.rule("suicide", line: 2, alert: .critical),
            Make.rule("absconding", line: 3, alert: .warning),
        ])
        harness.table = ["low-mood": .yes, "suicide": .yes, "absconding": .yes]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.alerts.map(\.rule) == ["suicide", "absconding"])
        #expect(evaluation.alerts.map(\.level) == [.critical, .warning])
    }
}
