@testable import JalurEngine
import JalurModel
import Testing

/// SPEC §2.6 item 7: `holds_stage` keeps the resident where they are.
struct HoldTests {
    private func harness(detox: Fake) -> Harness {
        var harness = Harness(rules: [
            Make.rule("detox", line: 1, refer: "rsj-detox", urgency: .urgent, holdsStage: true),
            Make.rule("vct", line: 2, refer: "vct"),
        ])
        harness.table = ["detox": detox, "quit": .yes, "consent": .no()]
        return harness
    }

    @Test func holdingSuggestionStopsBranchesAndBlockersStay() throws {
        let evaluation = try harness(detox: .yes).evaluate(stage: "intake", days: 1)
        #expect(evaluation.onHold)
        #expect(evaluation.move == nil)
        #expect(evaluation.blockers.map(\.criterion) == ["min-days", "consent"])
    }

    @Test func holdingSuggestionStopsTheForwardMove() throws {
        var harness = harness(detox: .yes)
        harness.table["quit"] = nil
        harness.table["consent"] = nil
        let evaluation = try harness.evaluate(stage: "intake", days: 10)
        #expect(evaluation.onHold)
        #expect(evaluation.move == nil)
        #expect(evaluation.blockers.isEmpty)
    }

    @Test(arguments: [ReferralStatus.pending, .accepted])
    func openReferralToHoldingServiceHolds(_ status: ReferralStatus) throws {
        let evaluation = try harness(detox: .no()).evaluate(
            stage: "intake",
            days: 10,
            referrals: [Harness.referral("rsj-detox", status, daysAgo: 2)]
        )
        #expect(evaluation.onHold)
        #expect(evaluation.move == nil)
        #expect(evaluation.referrals.isEmpty)
    }

    @Test(arguments: [ReferralStatus.completed, .declined, .suggested])
    func closedReferralDoesNotHold(_ status: ReferralStatus) throws {
        let evaluation = try harness(detox: .no()).evaluate(
            stage: "intake",
            days: 10,
            referrals: [Harness.referral("rsj-detox", status, daysAgo: 2)]
        )
        #expect(!evaluation.onHold)
        #expect(
            evaluation.move
                == Move(to: "end", via: .branch, branch: "quit", because: LocalizedText(plain: "because quit"))
        )
    }

    @Test func openReferralToOtherServiceDoesNotHold() throws {
        let evaluation = try harness(detox: .no()).evaluate(
            stage: "intake",
            referrals: [Harness.referral("vct", .pending, daysAgo: 2)]
        )
        #expect(!evaluation.onHold)
    }

    @Test func holdsOnlyWhileTheSuggestionIsMadeNow() throws {
        // Firing but held back (completed, never repeated): no suggestion now, so no hold.
        let evaluation = try harness(detox: .yes).evaluate(
            stage: "intake",
            referrals: [Harness.referral("rsj-detox", .completed, daysAgo: 2)]
        )
        #expect(!evaluation.onHold)
    }

    @Test func blockedHoldingSuggestionStillHolds() throws {
        var harness = Harness(rules: [
            Make.rule("detox", line: 1, refer: "rsj-detox", requires: ["bpjs"], holdsStage: true)
        ])
        harness.table = ["detox": .yes]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.onHold)
        #expect(evaluation.referrals.first?.blockedBy == ["bpjs"])
    }

    @Test func onHoldBranchesAreTracedButNotTaken() throws {
        let evaluation = try harness(detox: .yes).evaluate(stage: "intake", includeTrace: true)
        let quit = try #require(evaluation.trace.first { $0.id == "quit" })
        #expect(quit.outcome == .true)
        #expect(quit.note == "not taken: on hold")
        #expect(evaluation.move == nil)
    }
}
