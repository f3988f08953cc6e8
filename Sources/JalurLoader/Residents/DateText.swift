import JalurModel

/// Reads `YYYY-MM-DD` dates in resident files.
///
/// This is the hot path of resident batches, where every resident has several dates. Rejects impossible days
/// such as `2026-02-30`, and year `0000` (CEL's timestamps start at 0001).
enum DateText {
    /// The day written as `YYYY-MM-DD`, or `nil`; parsed byte by byte by ``Day/init(_:)``.
    @inline(__always)
    static func day(_ text: String) -> Day? { Day(text) }
}
