import JalurExpression
import Testing

struct DatesLibraryTests {
    @Test(arguments: [
        ("2026-03-02", "timestamp(\"2026-03-02T00:00:00Z\")"),
        ("2024-02-29", "timestamp(\"2024-02-29T00:00:00Z\")"),
        ("2000-02-29", "timestamp(\"2000-02-29T00:00:00Z\")"),
        ("0001-01-01", "timestamp(\"0001-01-01T00:00:00Z\")"),
        ("9999-12-31", "timestamp(\"9999-12-31T00:00:00Z\")"),
    ])
    func parsesDates(text: String, literal: String) {
        #expect(Builtins.date(.string(text)).celLiteral == literal)
    }

    @Test(arguments: [
        "2026-02-30", "2023-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01",
        "2026-3-2", "2026-03-02T00:00:00Z", " 2026-03-02", "",
    ])
    func rejectsImpossibleOrMalformedDates(text: String) {
        #expect(
            Builtins.date(.string(text)).celLiteral
                == "error: invalid date '\(text)': expected an existing day as YYYY-MM-DD"
        )
    }

    @Test(arguments: [
        ("2026-03-02", "2026-03-10", 8),
        ("2026-03-10", "2026-03-02", -8),
        ("2026-03-02", "2026-03-02", 0),
        ("2024-02-28", "2024-03-01", 2),
        ("2023-02-28", "2023-03-01", 1),
        ("1969-12-31", "1970-01-01", 1),
        ("2025-03-02", "2026-03-02", 365),
    ])
    func daysSinceAndUntil(from: String, to: String, days: Int) {
        let date = Builtins.date(.string(from))
        let today = Builtins.date(.string(to))
        #expect(Builtins.daysSince(date, today: today).celLiteral == String(days))
        #expect(Builtins.daysUntil(date, today: today).celLiteral == String(-days))
    }

    @Test func daysCountCalendarDaysNotHours() {
        let lateEvening = timestampValue("2026-03-02T23:59:59Z")
        let today = Builtins.date(.string("2026-03-03"))
        #expect(Builtins.daysSince(lateEvening, today: today).celLiteral == "1")
        let beforeEpochEvening = timestampValue("1969-12-31T23:00:00Z")
        #expect(Builtins.daysSince(beforeEpochEvening, today: Builtins.date(.string("1970-01-01"))).celLiteral == "1")
    }

    @Test func wrongArguments() {
        let today = Builtins.date(.string("2026-03-03"))
        #expect(Builtins.date(.int(1)).celLiteral == "error: no such overload")
        #expect(Builtins.daysSince(.string("2026-03-02"), today: today).celLiteral == "error: no such overload")
        let missing = Value.error(EvalError("no such key: 'admitted_on'", missingFact: "resident.admitted_on"))
        #expect(Builtins.daysSince(missing, today: today).celLiteral == "error: no such key: 'admitted_on'")
        #expect(Builtins.daysUntil(today, today: missing).celLiteral == "error: no such key: 'admitted_on'")
    }
}
