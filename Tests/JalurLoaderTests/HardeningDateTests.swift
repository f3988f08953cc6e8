import JalurModel
import Testing

/// Dates are `YYYY-MM-DD` with digits only, in CEL's range (years 0001 to 9999), and must exist.
struct HardeningDateTests {
    @Test(arguments: [
        "2026-02-30", "2025-02-29", "2026-04-31", "2026-00-10", "2026-13-01", "2026-01-00", "0000-01-01",
        "+202-03-30", "2026-+1-01", "2026-01-+1", " 026-01-01", "2026/01/01", "2026-1-01", "20260101", "",
        "2026-01-01T00:00:00Z", "２０２６-01-01",
    ])
    func impossibleOrMalformedDateIsRefused(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "1970-01-01"])
    func realDateRoundTrips(_ text: String) throws {
        let day = try #require(Day(text))
        #expect(day.description == text)
    }
}
