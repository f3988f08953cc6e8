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

    /// Why `service` is not suggested now, or `nil` when it is.
    ///
    /// - Parameters:
    ///   - service: The service id.
    ///   - repeatAfterDays: The smallest `repeat_after_days` among the firing rules; `nil` for never.
    ///   - asOf: The evaluation date.
    /// - Returns: A trace note such as `held back: referral pending since 2026-03-01`, or `nil`.
    func holdBack(_ service: String, repeatAfterDays: Int?, asOf: Day) -> String? {
        guard let record = latest(service) else { return nil }
        let since = asOf.days(since: record.date)
        switch record.status {
        case .suggested:
            return nil
        case .pending, .accepted:
            return "held back: referral \(record.status.rawValue) since \(record.date)"
        case .completed:
            guard let repeatAfterDays else { return "held back: referral completed on \(record.date), not repeated" }
            return since >= repeatAfterDays
                ? nil : "held back: referral completed on \(record.date), repeat after \(repeatAfterDays) days"
        case .declined:
            return since > Self.declineQuietDays
                ? nil : "held back: referral declined on \(record.date), within \(Self.declineQuietDays) days"
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
