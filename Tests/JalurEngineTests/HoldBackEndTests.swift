@testable import JalurEngine
import JalurModel
import Testing

/// `ReferralHistory.firstHoldBackEnd(after:repeatAfterDays:)`: the first later day a referral hold-back may end.
struct HoldBackEndTests {
    static let start = Day(year: 2026, month: 2, day: 1)

    private func record(_ service: String, _ status: ReferralStatus, day offset: Int) -> ReferralRecord {
        ReferralRecord(service: service, status: status, date: Self.start.adding(days: offset))
    }

    private func end(
        _ records: [ReferralRecord],
        asOf offset: Int,
        repeats: [String: [Int]] = [:]
    ) -> Int? {
        ReferralHistory(records: records)
            .firstHoldBackEnd(after: Self.start.adding(days: offset), repeatAfterDays: repeats)
            .map { $0.days(since: Self.start) }
    }

    @Test func completedEndsAtTheEarliestRepeatStillAhead() {
        let history = [record("ptrm", .completed, day: 0)]
        let repeats = ["ptrm": [90, 30, 180]]
        #expect(end(history, asOf: 0, repeats: repeats) == 30)
        #expect(end(history, asOf: 29, repeats: repeats) == 30)
        #expect(end(history, asOf: 30, repeats: repeats) == 90)
        #expect(end(history, asOf: 40, repeats: repeats) == 90)
        #expect(end(history, asOf: 90, repeats: repeats) == 180)
        #expect(end(history, asOf: 180, repeats: repeats) == nil)
        #expect(end(history, asOf: 500, repeats: repeats) == nil)
    }

    @Test func completedWithoutRepeatDaysNeverEnds() {
        let history = [record("ptrm", .completed, day: 0)]
        #expect(end(history, asOf: 1) == nil)
        #expect(end(history, asOf: 1, repeats: ["other": [5]]) == nil)
        #expect(end(history, asOf: 1, repeats: ["ptrm": []]) == nil)
    }

    @Test func declinedEndsAfterThirtyQuietDays() {
        let history = [record("lbh", .declined, day: 0)]
        #expect(end(history, asOf: 0) == 31)
        #expect(end(history, asOf: 30) == 31)
        #expect(end(history, asOf: 31) == nil)
        #expect(end(history, asOf: -10) == 31)
        // Repeat days apply to completed referrals only.
        #expect(end(history, asOf: 0, repeats: ["lbh": [5]]) == 31)
    }

    @Test(arguments: [ReferralStatus.pending, .accepted, .suggested])
    func openOrSuggestedNeverEndsWithTime(_ status: ReferralStatus) {
        let history = [record("ptrm", status, day: 0)]
        #expect(end(history, asOf: 0, repeats: ["ptrm": [1, 30]]) == nil)
        #expect(end(history, asOf: 100, repeats: ["ptrm": [1, 30]]) == nil)
    }

    @Test func theLatestRecordPerServiceDecides() {
        let repeats = ["ptrm": [10]]
        // Declined, then completed later: the completion (no repeat for "lbh") decides.
        let declinedThenCompleted = [record("lbh", .declined, day: 0), record("lbh", .completed, day: 5)]
        #expect(end(declinedThenCompleted, asOf: 6) == nil)
        #expect(end(declinedThenCompleted.reversed(), asOf: 6) == nil)
        // Completed, then pending: an open referral does not end.
        let completedThenPending = [record("ptrm", .completed, day: 0), record("ptrm", .pending, day: 2)]
        #expect(end(completedThenPending, asOf: 3, repeats: repeats) == nil)
        #expect(end(completedThenPending.reversed(), asOf: 3, repeats: repeats) == nil)
        // Pending, then declined: the decline decides.
        let pendingThenDeclined = [record("lbh", .pending, day: 0), record("lbh", .declined, day: 4)]
        #expect(end(pendingThenDeclined, asOf: 5) == 35)
        #expect(end(pendingThenDeclined.reversed(), asOf: 5) == 35)
        // Same date: the later entry decides.
        let sameDay = [record("lbh", .declined, day: 3), record("lbh", .pending, day: 3)]
        #expect(end(sameDay, asOf: 4) == nil)
        #expect(end(sameDay.reversed(), asOf: 4) == 34)
    }

    @Test func theEarliestEndAmongServicesWins() {
        let history = [
            record("lbh", .declined, day: 0),
            record("ptrm", .completed, day: 2),
            record("hcv-test", .completed, day: 1),
            record("bnn-tat", .pending, day: 0),
        ]
        let repeats = ["ptrm": [7], "hcv-test": [60]]
        #expect(end(history, asOf: 3, repeats: repeats) == 9)
        #expect(end(history, asOf: 9, repeats: repeats) == 31)
        #expect(end(history, asOf: 31, repeats: repeats) == 61)
        #expect(end(history, asOf: 61, repeats: repeats) == nil)
        #expect(end([], asOf: 0, repeats: repeats) == nil)
    }

    /// Between `asOf` and the end it returns, no service's hold-back note changes, for any repeat a rule sets
    /// or none; and on the end day some note does change.
    @Test func holdBacksChangeOnlyOnTheDayItReturns() {
        let histories: [[ReferralRecord]] = [
            [record("lbh", .declined, day: 0)],
            [record("ptrm", .completed, day: 3)],
            [
                record("ptrm", .completed, day: 3), record("lbh", .declined, day: 20),
                record("hcv-test", .pending, day: 1),
            ],
            [
                record("ptrm", .declined, day: 0), record("ptrm", .completed, day: 12),
                record("lbh", .completed, day: 40),
            ],
            [record("hcv-test", .completed, day: 0), record("hcv-test", .declined, day: 50)],
        ]
        let repeats = ["ptrm": [7, 45], "lbh": [30], "hcv-test": [60, 200]]
        let services = ["ptrm", "lbh", "hcv-test", "na-group"]
        func notes(_ history: ReferralHistory, on offset: Int) -> [String?] {
            services.flatMap { service in
                ([nil] + (repeats[service] ?? []).map { Optional($0) }).map { days in
                    history.holdBack(service, repeatAfterDays: days, asOf: Self.start.adding(days: offset))?.note
                }
            }
        }
        var failures: [String] = []
        var ends = 0
        for (number, records) in histories.enumerated() {
            let history = ReferralHistory(records: records)
            for asOf in 0..<260 {
                let before = notes(history, on: asOf)
                let end = self.end(records, asOf: asOf, repeats: repeats)
                for day in (asOf + 1)..<min(end ?? 260, 260) where notes(history, on: day) != before {
                    failures.append("history \(number): changed on day \(day), as of \(asOf) the end is \(end ?? -1)")
                }
                guard let end else { continue }
                ends += 1
                if notes(history, on: end) == before { failures.append("history \(number): nothing ends on \(end)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        #expect(ends > 0)
    }
}
