/// A calendar or clock field read by a getter such as `getFullYear()`; the raw value is the CEL
/// function name.
public enum TimeField: String, CaseIterable, Sendable {
    /// The year, such as 2026 (timestamps only).
    case fullYear = "getFullYear"
    /// The month, 0-based: January is 0 (timestamps only).
    case month = "getMonth"
    /// The day of the month, 1-based (timestamps only).
    case date = "getDate"
    /// The day of the month, 0-based (timestamps only).
    case dayOfMonth = "getDayOfMonth"
    /// The day of the year, 0-based (timestamps only).
    case dayOfYear = "getDayOfYear"
    /// The day of the week, 0 for Sunday (timestamps only).
    case dayOfWeek = "getDayOfWeek"
    /// The hour 0–23 of a timestamp, or a duration's total whole hours.
    case hours = "getHours"
    /// The minute 0–59 of a timestamp, or a duration's total whole minutes.
    case minutes = "getMinutes"
    /// The second 0–59 of a timestamp, or a duration's total whole seconds.
    case seconds = "getSeconds"
    /// The millisecond 0–999 of a timestamp, or a duration's milliseconds within its second.
    case milliseconds = "getMilliseconds"
}

extension Builtins {
    /// `t.getX()` or `t.getX(zone)` on a timestamp, `d.getX()` on a duration.
    ///
    /// - Parameters:
    ///   - field: the getter.
    ///   - value: a `timestamp` or `duration`.
    ///   - timeZone: the zone argument as a run-time `string` value, or `nil` for UTC.
    /// - Returns: an `int`; an unknown zone, a zone given for a duration, or a date field of a duration is
    ///   an error value.
    public static func getter(_ field: TimeField, of value: Value, timeZone: Value? = nil) -> Value {
        propagate(value, timeZone ?? .null)
    }

    /// `t.getX(zone)` with a zone resolved at compile time.
    public static func getter(_ field: TimeField, of value: Value, timeZone: CELTimeZone) -> Value {
        propagate(value, .null)
    }
}
