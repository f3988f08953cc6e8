/// A library function resolved by the checker; the compiler maps each to a ``Builtins`` call.
enum Function: Equatable {
    case size, contains, startsWith, endsWith, matches
    case int, uint, double, string, bool, bytes, timestamp, duration, dyn, type
    case date
    /// `days_since(d)` / `days_until(d)`; `today` is the slot of the `today` variable when declared.
    case daysSince(today: Int?)
    case daysUntil(today: Int?)
    case getter(TimeField)
}
