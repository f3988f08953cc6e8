import JalurModel

/// A resident's referral history, read per service (SPEC §2.6 item 4).
struct ReferralHistory {
    /// Days after a decline during which the service is not suggested again (inclusive).
    static let declineQuietDays = 30

    let records: [ReferralRecord]

    /// The most recent referral to `service`: the latest date; on the same date, the later entry.
    func latest(_ service: String) -> ReferralRecord? {
        var best: ReferralRecord?
        for record in records where record.service == service {
            if let current = best, record.date < current.date { continue }
            best = record
        }
        return best
    }

    /// Whether the most recent referral to `service` is pending or accepted.
    func isOpen(_ service: String) -> Bool {
        guard let record = latest(service) else { return false }
        return record.status == .pending || record.status == .accepted
    }

    /// Why a service is held back (SPEC §2.6 item 4).
    enum HoldBack {
        /// The latest referral is pending or accepted.
        case open(ReferralStatus, since: Day)
        /// The latest referral was completed and the rules set no `repeat_after_days`.
        case completed(on: Day)
        /// The latest referral was completed fewer than `repeat_after_days` days ago.
        case completedRecently(on: Day, repeatAfterDays: Int)
        /// The latest referral was declined within the quiet days.
        case declined(on: Day)

        /// The trace note, such as `held back: referral pending since 2026-03-01`.
        var note: String {
            switch self {
            case .open(let status, let since): "held back: referral \(status.rawValue) since \(since)"
            case .completed(let day): "held back: referral completed on \(day), not repeated"
            case .completedRecently(let day, let days):
                "held back: referral completed on \(day), repeat after \(days) days"
            case .declined(let day): "held back: referral declined on \(day), within \(ReferralHistory.declineQuietDays) days"
            }
        }
    }

    /// Why `service` is not suggested now, or `nil` when it is.
    ///
    /// - Parameters:
    ///   - service: The service id.
    ///   - repeatAfterDays: The smallest `repeat_after_days` among the firing rules; `nil` for never.
    ///   - asOf: The evaluation date.
    /// - Returns: The reason (its ``HoldBack/note`` is the trace note), or `nil`.
    func holdBack(_ service: String, repeatAfterDays: Int?, asOf: Day) -> HoldBack? {
        guard let record = latest(service) else { return nil }
        let since = asOf.days(since: record.date)
        switch record.status {
        case .suggested:
            return nil
        case .pending, .accepted:
            return .open(record.status, since: record.date)
        case .completed:
            guard let repeatAfterDays else { return .completed(on: record.date) }
            return since >= repeatAfterDays ? nil : .completedRecently(on: record.date, repeatAfterDays: repeatAfterDays)
        case .declined:
            return since > Self.declineQuietDays ? nil : .declined(on: record.date)
        }
    }

    /// The first day after `asOf` on which ``holdBack(_:repeatAfterDays:asOf:)`` may stop holding a service back:
    /// a completed referral's date plus any `repeat_after_days` of the service's rules, or a declined referral's
    /// date plus the quiet days and one. `nil` when no hold-back ends with time.
    ///
    /// - Parameter repeatAfterDays: Every `repeat_after_days` of the rules referring to each service.
    func firstHoldBackEnd(after asOf: Day, repeatAfterDays: [String: [Int]]) -> Day? {
        var earliest: Day?
        func consider(_ end: Day) {
            if end > asOf { earliest = min(earliest ?? end, end) }
        }
        for (position, record) in records.enumerated()
        where !records[..<position].contains(where: { $0.service == record.service }) {
            guard let latest = latest(record.service) else { continue }
            switch latest.status {
            case .completed: for days in repeatAfterDays[record.service] ?? [] { consider(latest.date.adding(days: days)) }
            case .declined: consider(latest.date.adding(days: Self.declineQuietDays + 1))
            case .suggested, .pending, .accepted: break
            }
        }
        return earliest
    }
}
