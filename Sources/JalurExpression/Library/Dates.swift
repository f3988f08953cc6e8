extension Builtins {
    /// `date("YYYY-MM-DD")`: the timestamp at midnight UTC of that day.
    ///
    /// - Returns: a `timestamp`; a malformed or impossible date (`2026-02-30`) is an error value.
    public static func date(_ text: Value) -> Value {
        guard case .string(let s) = text else { return propagate(text, .null) }
        return Timestamp(isoDate: s).map(Value.timestamp)
            ?? .error(EvalError("invalid date '\(s)': expected an existing day as YYYY-MM-DD"))
    }

    /// `days_since(date)`: whole days from `date` to `today` (both timestamps, compared as UTC calendar
    /// days, so times of day do not count); negative when `date` is after `today`.
    public static func daysSince(_ date: Value, today: Value) -> Value {
        guard case .timestamp(let start) = date, case .timestamp(let end) = today else {
            return propagate(date, today)
        }
        return .int(end.utcDay - start.utcDay)
    }

    /// `days_until(date)`: whole days from `today` to `date`, the opposite of ``daysSince(_:today:)``.
    public static func daysUntil(_ date: Value, today: Value) -> Value {
        guard case .timestamp(let end) = date, case .timestamp(let start) = today else {
            return propagate(date, today)
        }
        return .int(end.utcDay - start.utcDay)
    }
}

extension Timestamp {
    /// Parses `YYYY-MM-DD` as midnight UTC; `nil` for malformed text or a day that does not exist.
    public init?(isoDate text: String) {
        var scanner = DigitScanner(text)
        guard let year = scanner.digits(4), scanner.skip("-"), let month = scanner.digits(2), scanner.skip("-"),
            let day = scanner.digits(2), scanner.isAtEnd, year >= 1,
            let date = CivilDate(year: year, month: month, day: day)
        else { return nil }
        self.init(seconds: date.daysSinceEpoch * 86400)
    }

    /// Days since 1970-01-01 of the UTC calendar day containing this instant.
    var utcDay: Int64 { seconds.floorDivided(by: 86400).quotient }
}
