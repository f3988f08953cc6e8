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
    /// The millisecond 0–999 of a timestamp, or the milliseconds within a duration's last second (as the
    /// CEL conformance suite requires: `123.321456789s` gives 321, negative for negative durations).
    case milliseconds = "getMilliseconds"

    /// Whether durations have this getter too.
    public var appliesToDurations: Bool {
        switch self {
        case .hours, .minutes, .seconds, .milliseconds: true
        default: false
        }
    }
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
        guard let timeZone else {
            switch value {
            case .timestamp(let t): return .int(t.field(field, in: .utc))
            case .duration(let d): return field.appliesToDurations ? .int(d.field(field)) : .error(.noSuchOverload)
            default: return propagate(value, .null)
            }
        }
        guard case .timestamp = value, case .string(let name) = timeZone else { return propagate(value, timeZone) }
        switch TimeZoneCache.shared.zone(named: name) {
        case .success(let zone): return getter(field, of: value, timeZone: zone)
        case .failure(let error): return .error(error)
        }
    }

    /// `t.getX(zone)` with a zone resolved at compile time.
    public static func getter(_ field: TimeField, of value: Value, timeZone: CELTimeZone) -> Value {
        guard case .timestamp(let t) = value else { return propagate(value, .null) }
        return .int(t.field(field, in: timeZone))
    }
}

extension Timestamp {
    /// A calendar or clock field of this instant as seen in `zone`.
    func field(_ field: TimeField, in zone: CELTimeZone) -> Int64 {
        let local = seconds &+ zone.offset(atUnixSeconds: seconds)  // wraps, never traps, on an invalid timestamp
        let (days, secondOfDay) = local.floorDivided(by: 86400)
        switch field {
        case .hours: return secondOfDay / 3600
        case .minutes: return secondOfDay / 60 % 60
        case .seconds: return secondOfDay % 60
        case .milliseconds: return Int64(nanos) / 1_000_000
        case .dayOfWeek: return (days + 4).floorDivided(by: 7).remainder  // 1970-01-01 was a Thursday
        default: break
        }
        let date = CivilDate(daysSinceEpoch: days)
        switch field {
        case .fullYear: return date.year
        case .month: return date.month - 1
        case .date: return date.day
        case .dayOfMonth: return date.day - 1
        default:  // .dayOfYear
            return days - CivilDate.daysSinceEpoch(year: date.year, month: 1, day: 1)
        }
    }
}

extension CELDuration {
    /// A duration's total whole hours, minutes or seconds, truncated toward zero, or its milliseconds
    /// component.
    func field(_ field: TimeField) -> Int64 {
        switch field {
        case .hours: seconds / 3600
        case .minutes: seconds / 60
        case .milliseconds: Int64(nanos) / 1_000_000
        default: seconds
        }
    }
}
