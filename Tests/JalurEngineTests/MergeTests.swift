@testable import JalurEngine
import JalurModel
import Testing

/// SPEC §2.6 items 5 and 6: merging per service, and `requires` → `blocked_by`.
struct MergeTests {
    @Test func rulesForOneServiceMergeIntoOneSuggestion() throws {
        var harness = Harness(rules: [
            Make.rule("depression", line: 1, refer: "rsj", urgency: .soon, role: "facilitator", requires: ["bpjs"]),
            Make.rule(
                "psychosis",
                line: 2,
                refer: "rsj",
                urgency: .urgent,
                role: "advocate",
                requires: ["ktp", "bpjs"]
            ),
            Make.rule("dual", line: 3, refer: "rsj", urgency: .urgent, role: "mediator", holdsStage: true),
        ])
        harness.table = ["depression": .yes, "psychosis": .yes, "dual": .yes]
        harness.evidence = [
            "depression": [Evidence(path: "resident.phq9", json: "22")],
            "psychosis": [
                Evidence(path: "resident.psychosis", json: "true"), Evidence(path: "resident.phq9", json: "22"),
            ],
        ]
        let evaluation = try harness.evaluate(stage: "work")
        let suggestion = try #require(evaluation.referrals.first)
        #expect(evaluation.referrals.count == 1)
        #expect(suggestion.rules == ["depression", "psychosis", "dual"])
        #expect(suggestion.urgency == .urgent)
        #expect(suggestion.role == "advocate")
        #expect(
            suggestion.because.map { $0.text(in: "en") } == ["because depression", "because psychosis", "because dual"]
        )
        #expect(suggestion.requires == ["bpjs", "ktp"])
        #expect(suggestion.holdsStage)
        #expect(suggestion.evidence.map(\.path) == ["resident.phq9", "resident.psychosis"])
    }

    @Test func mergedRulesKeepFileOrderWhateverTheSuppressionOrder() throws {
        var harness = Harness(rules: [
            Make.rule("first", line: 1, refer: "rsj", suppressedBy: ["other"]),
            Make.rule("second", line: 2, refer: "rsj"),
            Make.rule("other", line: 3, refer: "x"),
        ])
        harness.table = ["first": .yes, "second": .yes]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.referrals.first?.rules == ["first", "second"])
    }

    @Test func aftercareMergesSeparatelyFromReferrals() throws {
        var harness = Harness(rules: [
            Make.rule("refer-na", line: 1, refer: "na", urgency: .soon),
            Make.rule("after-na", line: 2, aftercare: "na"),
            Make.rule("after-na-2", line: 3, aftercare: "na", urgency: .urgent),
        ])
        harness.table = ["refer-na": .yes, "after-na": .yes, "after-na-2": .yes]
        let evaluation = try harness.evaluate(stage: "end")
        #expect(evaluation.referrals.map(\.rules) == [["refer-na"]])
        #expect(evaluation.aftercare.map(\.rules) == [["after-na", "after-na-2"]])
        #expect(evaluation.aftercare.first?.urgency == .urgent)
    }

    @Test func requiredServiceNotCompletedBlocks() throws {
        var harness = Harness(rules: [
            Make.rule("bpjs", line: 1, refer: "bpjs-enrolment", requires: ["dukcapil", "dinsos", "ktp-photo"])
        ])
        harness.table = ["bpjs": .yes]
        let history = [
            Harness.referral("dukcapil", .completed, daysAgo: 40),
            Harness.referral("dukcapil", .declined, daysAgo: 10),
            Harness.referral("dinsos", .pending, daysAgo: 40),
            Harness.referral("dinsos", .completed, daysAgo: 3),
        ]
        let evaluation = try harness.evaluate(stage: "work", referrals: history)
        #expect(evaluation.referrals.map(\.service) == ["bpjs-enrolment"])
        #expect(evaluation.referrals.first?.blockedBy == ["dukcapil", "ktp-photo"])
    }

    @Test func completedRequirementsDoNotBlock() throws {
        var harness = Harness(rules: [Make.rule("bpjs", line: 1, refer: "bpjs-enrolment", requires: ["dukcapil"])])
        harness.table = ["bpjs": .yes]
        let evaluation = try harness.evaluate(
            stage: "work",
            referrals: [Harness.referral("dukcapil", .completed, daysAgo: 2)]
        )
        #expect(evaluation.referrals.first?.blockedBy == [])
    }
}
