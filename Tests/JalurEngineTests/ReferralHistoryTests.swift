@testable import JalurEngine
import JalurModel
import Testing

/// SPEC §2.6 item 4: the most recent referral per service decides whether it is suggested again.
struct ReferralHistoryTests {
    private func harness(repeatAfterDays: Int? = nil) -> Harness {
        var harness = Harness(rules: [Make.rule("detox", line: 1, refer: "rsj-detox", repeatAfterDays: repeatAfterDays)]
        )
        harness.table = ["detox": .yes]
        return harness
    }

    private func suggested(_ harness: Harness, _ referrals: [ReferralRecord]) throws -> Bool {
        try !harness.evaluate(stage: "work", referrals: referrals).referrals.isEmpty
    }

    @Test(arguments: [ReferralStatus.pending, .accepted])
    func openReferralIsNotSuggestedAgain(_ status: ReferralStatus) throws {
        #expect(try !suggested(harness(), [Harness.referral("rsj-detox", status, daysAgo: 400)]))
    }

    @Test func noHistoryOrSuggestedIsSuggested() throws {
        #expect(try suggested(harness(), []))
        #expect(try suggested(harness(), [Harness.referral("rsj-detox", .suggested, daysAgo: 1)]))
        #expect(try suggested(harness(), [Harness.referral("other", .pending, daysAgo: 1)]))
    }

    @Test func completedIsNeverRepeatedWithoutRepeatAfterDays() throws {
        #expect(try !suggested(harness(), [Harness.referral("rsj-detox", .completed, daysAgo: 3000)]))
    }

    @Test(arguments: [(89, false), (90, true), (91, true)])
    func completedIsRepeatedOnceRepeatAfterDaysHavePassed(daysAgo: Int, expected: Bool) throws {
        #expect(
            try suggested(harness(repeatAfterDays: 90), [Harness.referral("rsj-detox", .completed, daysAgo: daysAgo)])
                == expected
        )
    }

    @Test func smallestRepeatAmongFiringRulesApplies() throws {
        var harness = Harness(rules: [
            Make.rule("long", line: 1, refer: "hcv", repeatAfterDays: 180),
            Make.rule("short", line: 2, refer: "hcv", repeatAfterDays: 30),
            Make.rule("shortest-not-firing", line: 3, refer: "hcv", repeatAfterDays: 5),
        ])
        harness.table = ["long": .yes, "short": .yes]
        let history = [Harness.referral("hcv", .completed, daysAgo: 40)]
        #expect(try harness.evaluate(stage: "work", referrals: history).referrals.map(\.service) == ["hcv"])
        harness.table = ["long": .yes]
        #expect(try harness.evaluate(stage: "work", referrals: history).referrals.isEmpty)
    }

    @Test func repeatIsPerKind() throws {
        var harness = Harness(rules: [
            Make.rule("refer", line: 1, refer: "na", repeatAfterDays: 10),
            Make.rule("after", line: 2, aftercare: "na", stages: ["end"]),
            Make.rule("refer-end", line: 3, refer: "na", stages: ["end"], repeatAfterDays: 10),
        ])
        harness.table = ["refer-end": .yes, "after": .yes]
        let evaluation = try harness.evaluate(
            stage: "end",
            referrals: [Harness.referral("na", .completed, daysAgo: 20)]
        )
        #expect(evaluation.referrals.map(\.service) == ["na"])
        #expect(evaluation.aftercare.isEmpty)
    }

    @Test(arguments: [(29, false), (30, false), (31, true)])
    func declinedIsQuietForThirtyDaysInclusive(daysAgo: Int, expected: Bool) throws {
        #expect(try suggested(harness(), [Harness.referral("rsj-detox", .declined, daysAgo: daysAgo)]) == expected)
    }

    @Test func latestDateDecidesWhateverTheListOrder() throws {
        let history = [
            Harness.referral("rsj-detox", .declined, daysAgo: 100),
            Harness.referral("rsj-detox", .pending, daysAgo: 5),
            Harness.referral("rsj-detox", .suggested, daysAgo: 50),
        ]
        #expect(try !suggested(harness(), history))
        #expect(try !suggested(harness(), history.reversed()))
    }

    @Test func sameDateLaterEntryDecides() throws {
        let pendingLast = [
            Harness.referral("rsj-detox", .declined, daysAgo: 60), Harness.referral("rsj-detox", .pending, daysAgo: 60),
        ]
        let declinedLast = [
            Harness.referral("rsj-detox", .pending, daysAgo: 60), Harness.referral("rsj-detox", .declined, daysAgo: 60),
        ]
        #expect(try !suggested(harness(), pendingLast))
        #expect(try suggested(harness(), declinedLast))
    }

    @Test func heldBackRuleStillSuppresses() throws {
        var harness = Harness(rules: [
            Make.rule("counselling", line: 1, refer: "psychologist", suppressedBy: ["crisis"]),
            Make.rule("crisis", line: 2, refer: "crisis-team"),
        ])
        harness.table = ["counselling": .yes, "crisis": .yes]
        let evaluation = try harness.evaluate(
            stage: "work",
            referrals: [Harness.referral("crisis-team", .pending, daysAgo: 1)]
        )
        #expect(evaluation.referrals.isEmpty)
    }

    @Test func traceNotesHeldBackAndSuppressedRules() throws {
        var harness = Harness(rules: [
            Make.rule("counselling", line: 1, refer: "psychologist", suppressedBy: ["crisis"]),
            Make.rule("crisis", line: 2, refer: "crisis-team"),
        ])
        harness.table = ["counselling": .yes, "crisis": .yes]
        let history = [Harness.referral("crisis-team", .pending, daysAgo: 1)]
        let evaluation = try harness.evaluate(stage: "work", referrals: history, includeTrace: true)
        let rules = evaluation.trace.filter { $0.subject == .rule }
        #expect(rules.map(\.id) == ["counselling", "crisis"])
        #expect(rules.map(\.outcome) == [.true, .true])
        #expect(rules[0].note == "suppressed by crisis")
        #expect(rules[1].note == "held back: referral pending since 2026-03-31")
    }
}
