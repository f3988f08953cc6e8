/// Order statistics and number formatting that give the same text on every machine.
public enum Statistics {
    /// The nearest-rank percentile of whole numbers: the smallest value with at least `percent`% of the values
    /// at or below it; `nil` for no values.
    public static func percentile(_ percent: Int, of values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = max(1, (values.count * percent + 99) / 100)
        return sorted[min(rank, sorted.count) - 1]
    }

    /// `value` with exactly `decimals` digits after the point, rounded half away from zero, using only
    /// integer arithmetic after one multiplication (no locale, no platform formatting).
    public static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        guard value.isFinite, abs(value * scale) < 9e15 else {
            return value.isNaN ? "0" : (value < 0 ? "-inf" : "inf")
        }
        let scaled = Int64((value * scale).rounded(.toNearestOrAwayFromZero))
        let negative = scaled < 0
        let digits = String(negative ? -scaled : scaled)
        guard decimals > 0 else { return (negative ? "-" : "") + digits }
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let split = padded.index(padded.endIndex, offsetBy: -decimals)
        return (negative ? "-" : "") + padded[..<split] + "." + padded[split...]
    }

    /// `part / whole` as a percentage with one decimal (`"12.5"`); `"0.0"` when `whole` is 0.
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0.0" }
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)"
    }
}
