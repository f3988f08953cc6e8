import JalurModel
import Testing

/// `Day(_:)` accepts exactly `YYYY-MM-DD` naming a real calendar day.
struct DayParsingTests {
    @Test(arguments: [
        ("1970-01-01", 0),
        ("2026-04-01", 20_544),
        ("2024-02-29", 19_782),
        ("2000-02-29", 11_016),
        ("1969-12-31", -1),
        ("0001-01-01", -719_162),
    ])
    func parsesValidDays(text: String, daysSinceEpoch: Int) throws {
        let day = try #require(Day(text))
        #expect(day.daysSinceEpoch == daysSinceEpoch)
        #expect(day.description == text)
    }

    @Test(arguments: [
        "2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
        "+026-04-01", "-026-04-01", "2026-4-01", "2026-04-1", "2026/04/01", "2026-04-01T00:00:00Z", "2026-04-01 ",
        " 2026-04-01", "", "20260401", "２０２６-04-01", "2026-0a-01", "0000-01-01",
    ])
    func rejectsOtherText(text: String) {
        #expect(Day(text) == nil)
    }

    @Test func parsesSubstrings() {
        let line = "as of 2026-04-01."
        let slice = line.dropFirst(6).dropLast()
        #expect(Day(slice) == Day(year: 2026, month: 4, day: 1))
    }
}
