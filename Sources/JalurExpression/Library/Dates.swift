extension Builtins {
    /// `date("YYYY-MM-DD")`: the timestamp at midnight UTC of that day.
    ///
    /// - Returns: a `timestamp`; a malformed or impossible date (`2026-02-30`) is an error value.
    public static func date(_ text: Value) -> Value {
        propagate(text, .null)
    }

    /// `days_since(date)`: whole days from `date` to `today` (both timestamps, compared as UTC days);
    /// negative when `date` is after `today`.
    public static func daysSince(_ date: Value, today: Value) -> Value {
        propagate(date, today)
    }

    /// `days_until(date)`: whole days from `today` to `date`, the opposite of ``daysSince(_:today:)``.
    public static func daysUntil(_ date: Value, today: Value) -> Value {
        propagate(date, today)
    }
}
