/// A cursor over the UTF-8 of a short text, for the timestamp, duration and date parsers.
struct DigitScanner {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// Whether every byte has been consumed.
    var isAtEnd: Bool { position == bytes.count }

    /// The unconsumed text.
    var remainder: String { String(decoding: bytes[position...], as: UTF8.self) }

    /// Consumes `literal` when it comes next.
    mutating func skip(_ literal: String) -> Bool {
        let expected = Array(literal.utf8)
        guard bytes[position...].starts(with: expected) else { return false }
        position += expected.count
        return true
    }

    /// Consumes exactly `count` ASCII digits.
    mutating func digits(_ count: Int) -> Int64? {
        guard position + count <= bytes.count else { return nil }
        var value: Int64 = 0
        for byte in bytes[position..<position + count] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - 48)
        }
        position += count
        return value
    }

    /// Consumes the digits after a decimal point, as nanoseconds (digits past the ninth are truncated).
    mutating func fraction() -> Int64? {
        var value: Int64 = 0
        var count = 0
        while position < bytes.count, (48...57).contains(bytes[position]) {
            if count < 9 { value = value * 10 + Int64(bytes[position] - 48) }
            count += 1
            position += 1
        }
        guard count > 0 else { return nil }
        for _ in min(count, 9)..<9 { value *= 10 }
        return value
    }

    /// Consumes one `<number><unit>` of a Go duration, such as `1.5h`, as whole seconds and nanoseconds.
    mutating func durationComponent() -> (seconds: Int64, nanos: Int64)? {
        let whole = run { (48...57).contains($0) }
        let hasPoint = skip(".")
        let fractionDigits = hasPoint ? run { (48...57).contains($0) } : []
        guard !whole.isEmpty || !fractionDigits.isEmpty else { return nil }
        let unitText = String(decoding: run { !(48...57).contains($0) && $0 != 46 }, as: UTF8.self)
        guard let unit = Self.durationUnits[unitText] else { return nil }
        return Self.duration(whole: whole, fraction: fractionDigits, unitNanos: unit)
    }

    private static let durationUnits: [String: UInt64] = [
        "ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000, "s": 1_000_000_000,
        "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    /// `whole.fraction × unit` exactly, truncated to nanoseconds; `nil` when out of range.
    private static func duration(
        whole: ArraySlice<UInt8>,
        fraction: ArraySlice<UInt8>,
        unitNanos: UInt64
    )
        -> (seconds: Int64, nanos: Int64)?
    {
        var integer: UInt64 = 0
        for digit in whole {
            let (times10, o1) = integer.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.addingReportingOverflow(UInt64(digit - 48))
            guard !o1, !o2 else { return nil }
            integer = next
        }
        let nanosPerSecond = UInt64(1_000_000_000)
        let (seconds, nanos): (UInt64, UInt64)
        if unitNanos >= nanosPerSecond {
            let (product, overflow) = integer.multipliedReportingOverflow(by: unitNanos / nanosPerSecond)
            guard !overflow else { return nil }
            (seconds, nanos) = (product, 0)
        } else {
            let perSecond = nanosPerSecond / unitNanos
            (seconds, nanos) = (integer / perSecond, integer % perSecond * unitNanos)
        }
        // The fraction contributes less than one unit: numerator × unit / 10^digits, at most 18 digits kept.
        var numerator: UInt64 = 0
        var scale: UInt64 = 1
        for digit in fraction.prefix(18) {
            numerator = numerator * 10 + UInt64(digit - 48)
            scale *= 10
        }
        let product = numerator.multipliedFullWidth(by: unitNanos)
        let extra = scale.dividingFullWidth(product).quotient
        guard seconds <= UInt64(CELDuration.maxSeconds) else { return nil }
        return (Int64(seconds), Int64(nanos + extra))
    }

    /// Consumes the longest run of bytes satisfying `predicate`.
    private mutating func run(_ predicate: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, predicate(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }
}
