internal import Foundation

/// A time zone argument of the timestamp getters: an IANA name or a fixed offset such as `+07:00`.
///
/// IANA names resolve through Foundation's `TimeZone`, that is the machine's tzdata, so daylight saving
/// rules follow the system. Resolve literal zones once at compile time with ``init(name:)``; zones named
/// at run time go through ``Builtins/getter(_:of:timeZone:)``, which caches them.
public struct CELTimeZone: Sendable {
    /// The zone as written.
    public let name: String
    private let rule: Rule

    private enum Rule: Sendable {
        case fixed(Int64)
        case named(TimeZone)
    }

    /// The UTC zone.
    public static let utc = CELTimeZone(name: "UTC", rule: .fixed(0))

    private init(name: String, rule: Rule) {
        self.name = name
        self.rule = rule
    }

    /// Resolves `name`: an IANA zone (`Asia/Jakarta`, `UTC`) or a fixed offset `+07:00`, `-02:30`, `07:00`,
    /// `2:00`.
    ///
    /// - Throws: ``EvalError`` `unknown time zone 'x'`.
    public init(name: String) throws(EvalError) {
        if let offset = Self.fixedOffset(name) {
            self.init(name: name, rule: .fixed(offset))
        } else if name.contains(where: \.isLetter), let zone = TimeZone(identifier: name) {
            self.init(name: name, rule: .named(zone))
        } else {
            throw EvalError("unknown time zone '\(name)'")
        }
    }

    /// The offset from UTC in seconds at the instant `seconds` since the Unix epoch.
    public func offset(atUnixSeconds seconds: Int64) -> Int64 {
        switch rule {
        case .fixed(let offset): offset
        case .named(let zone): Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
        }
    }

    /// `±HH:MM` as seconds, or `nil`; as in cel-go the sign is optional and the hour may have one digit
    /// (`2:00`, `-9:30`).
    private static func fixedOffset(_ text: String) -> Int64? {
        var scanner = DigitScanner(text)
        let sign: Int64 = scanner.skip("-") ? -1 : 1
        if sign == 1 { _ = scanner.skip("+") }
        guard let hours = scanner.digits(2) ?? scanner.digits(1), scanner.skip(":"), let minutes = scanner.digits(2),
            scanner.isAtEnd, hours < 24, minutes < 60
        else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}

/// A bounded, thread-safe cache of zones named at run time.
final class TimeZoneCache: @unchecked Sendable {
    static let shared = TimeZoneCache()
    private static let capacity = 256
    private let lock = NSLock()
    private var zones: [String: Result<CELTimeZone, EvalError>] = [:]

    func zone(named name: String) -> Result<CELTimeZone, EvalError> {
        if let hit = lock.withLock({ zones[name] }) { return hit }
        let result = Result { () throws(EvalError) in try CELTimeZone(name: name) }
        lock.withLock {
            if zones.count >= Self.capacity { zones.removeAll(keepingCapacity: true) }
            zones[name] = result
        }
        return result
    }
}
