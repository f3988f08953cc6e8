/// Nanoseconds per second.
let nanosPerSecond: Int64 = 1_000_000_000

extension Timestamp {
    /// The earliest valid timestamp, 0001-01-01T00:00:00Z, in Unix seconds.
    public static let minSeconds: Int64 = -62_135_596_800
    /// The latest valid second, 9999-12-31T23:59:59Z, in Unix seconds.
    public static let maxSeconds: Int64 = 253_402_300_799

    /// Whether the timestamp is within 0001-01-01T00:00:00Z...9999-12-31T23:59:59.999999999Z with
    /// normalized nanoseconds.
    public var isValid: Bool {
        (Self.minSeconds...Self.maxSeconds).contains(seconds) && (0..<Int32(nanosPerSecond)).contains(nanos)
    }

    /// Normalizes `seconds` and any `nanos` into a timestamp, or `nil` when out of range.
    static func checked(seconds: Int64, nanos: Int64) -> Timestamp? {
        let (carry, rest) = nanos.floorDivided(by: nanosPerSecond)
        let (total, overflow) = seconds.addingReportingOverflow(carry)
        let result = Timestamp(seconds: total, nanos: Int32(rest))
        return !overflow && result.isValid ? result : nil
    }

    /// `self + duration`, or `nil` when out of range.
    func adding(_ duration: CELDuration) -> Timestamp? {
        let (seconds, overflow) = self.seconds.addingReportingOverflow(duration.seconds)
        return overflow ? nil : .checked(seconds: seconds, nanos: Int64(nanos) + Int64(duration.nanos))
    }

    /// `self - other` as a duration, or `nil` when out of range.
    func subtracting(_ other: Timestamp) -> CELDuration? {
        let (seconds, overflow) = self.seconds.subtractingReportingOverflow(other.seconds)
        return overflow ? nil : .checked(seconds: seconds, nanos: Int64(nanos) - Int64(other.nanos))
    }
}

extension CELDuration {
    /// The longest duration's whole seconds: durations span 64-bit nanoseconds, about ±292 years.
    ///
    /// That is cel-go's range, which the CEL conformance suite requires: `timestamp('9999-12-31T23:59:59Z') -
    /// timestamp('0001-01-01T00:00:00Z')` is out of range, although `google.protobuf.Duration` would allow
    /// 10 000 years.
    public static let maxSeconds: Int64 = Int64.max / nanosPerSecond

    /// Whether the duration is within -9223372036.854775808s...9223372036.854775807s (`Int64` nanoseconds),
    /// with nanoseconds of the same sign as the seconds.
    public var isValid: Bool {
        let maxNanos = Int64.max % nanosPerSecond
        let inRange =
            abs(seconds) < Self.maxSeconds
            || (seconds == Self.maxSeconds && Int64(nanos) <= maxNanos)
            || (seconds == -Self.maxSeconds && Int64(nanos) >= -maxNanos - 1)
        return inRange && abs(Int64(nanos)) < nanosPerSecond
            && (seconds == 0 || nanos == 0 || (seconds < 0) == (nanos < 0))
    }

    /// Normalizes `seconds` and any `nanos` so that both have one sign, or `nil` when out of range.
    static func checked(seconds: Int64, nanos: Int64) -> CELDuration? {
        var (total, overflow) = seconds.addingReportingOverflow(nanos / nanosPerSecond)
        var rest = nanos % nanosPerSecond
        if total > 0 && rest < 0 {
            total -= 1
            rest += nanosPerSecond
        } else if total < 0 && rest > 0 {
            total += 1
            rest -= nanosPerSecond
        }
        let result = CELDuration(seconds: total, nanos: Int32(rest))
        overflow = overflow || !result.isValid
        return overflow ? nil : result
    }

    /// `self + other`, or `nil` when out of range.
    func adding(_ other: CELDuration) -> CELDuration? {
        let (seconds, overflow) = self.seconds.addingReportingOverflow(other.seconds)
        return overflow ? nil : .checked(seconds: seconds, nanos: Int64(nanos) + Int64(other.nanos))
    }

    /// The opposite duration.
    var negated: CELDuration { CELDuration(seconds: 0 &- seconds, nanos: 0 &- nanos) }  // wraps on invalid input
}

extension Int64 {
    /// Floor division and the non-negative remainder, for a positive divisor.
    @inline(__always)
    func floorDivided(by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let q = self / divisor
        let r = self % divisor
        return r < 0 ? (q - 1, r + divisor) : (q, r)
    }
}
