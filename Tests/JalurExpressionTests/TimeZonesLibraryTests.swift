import JalurExpression
import Testing

struct TimeZonesLibraryTests {
    @Test(arguments: [
        (TimeField.fullYear, 2009), (.month, 1), (.date, 14), (.dayOfMonth, 13), (.dayOfYear, 44),
        (.dayOfWeek, 6), (.hours, 6), (.minutes, 31),
    ])
    func gettersInJakarta(field: TimeField, expected: Int) {
        let t = timestampValue("2009-02-13T23:31:30Z")
        #expect(Builtins.getter(field, of: t, timeZone: .string("Asia/Jakarta")).celLiteral == String(expected))
        #expect(Builtins.getter(field, of: t, timeZone: .string("+07:00")).celLiteral == String(expected))
    }

    /// The `timestamp_selectors_tz` cases of the CEL conformance suite.
    @Test(arguments: [
        ("2009-02-13T23:31:30Z", TimeField.date, "Australia/Sydney", 14),
        ("2009-02-13T23:31:30Z", .dayOfMonth, "US/Central", 12),
        ("2009-02-13T23:31:30Z", .dayOfMonth, "+11:00", 13),
        ("2009-02-13T02:00:00Z", .dayOfMonth, "-02:30", 11),
        ("2009-02-13T02:00:00Z", .dayOfMonth, "America/St_Johns", 11),
        ("2009-02-13T23:31:30Z", .dayOfWeek, "UTC", 5),
        ("2009-02-13T23:31:30Z", .dayOfYear, "US/Central", 43),
        ("2009-02-13T23:31:30Z", .fullYear, "-09:30", 2009),
        ("2009-02-13T23:31:30Z", .hours, "02:00", 1),
        ("2009-02-13T23:31:30Z", .minutes, "Asia/Kathmandu", 16),
        ("2009-02-13T23:31:30Z", .month, "UTC", 1),
        ("2009-02-13T23:31:30Z", .seconds, "-00:00", 30),
    ])
    func conformanceZones(text: String, field: TimeField, zone: String, expected: Int) {
        let result = Builtins.getter(field, of: timestampValue(text), timeZone: .string(zone))
        #expect(result.celLiteral == String(expected))
    }

    @Test func daylightSavingTimeInLosAngeles() {
        let zone = Value.string("America/Los_Angeles")
        // 2026-03-08: clocks go from 02:00 PST (-08:00) to 03:00 PDT (-07:00) at 10:00Z.
        let before = timestampValue("2026-03-08T09:59:59Z")
        let after = timestampValue("2026-03-08T10:00:00Z")
        #expect(Builtins.getter(.hours, of: before, timeZone: zone).celLiteral == "1")
        #expect(Builtins.getter(.hours, of: after, timeZone: zone).celLiteral == "3")
        let summer = timestampValue("2026-07-01T00:00:00Z")
        #expect(Builtins.getter(.date, of: summer, timeZone: zone).celLiteral == "30")
        #expect(Builtins.getter(.hours, of: summer, timeZone: zone).celLiteral == "17")
    }

    @Test func daylightSavingTimeEndsInLosAngeles() throws {
        // 2026-11-01: clocks go back from 02:00 PDT (-07:00) to 01:00 PST (-08:00) at 09:00Z.
        let zone = try CELTimeZone(name: "America/Los_Angeles")
        #expect(zone.offset(atUnixSeconds: 1_793_523_599) == -7 * 3600)
        #expect(zone.offset(atUnixSeconds: 1_793_523_600) == -8 * 3600)
        let before = timestampValue("2026-11-01T08:59:59Z")
        let after = timestampValue("2026-11-01T09:00:00Z")
        #expect(Builtins.getter(.hours, of: before, timeZone: zone).celLiteral == "1")
        #expect(Builtins.getter(.hours, of: after, timeZone: zone).celLiteral == "1")
        #expect(Builtins.getter(.minutes, of: before, timeZone: zone).celLiteral == "59")
    }

    @Test func precompiledZones() throws {
        let zone = try CELTimeZone(name: "-02:30")
        let t = timestampValue("2009-02-13T01:00:00Z")
        #expect(Builtins.getter(.hours, of: t, timeZone: zone).celLiteral == "22")
        #expect(Builtins.getter(.date, of: t, timeZone: zone).celLiteral == "12")
        #expect(Builtins.getter(.date, of: t, timeZone: CELTimeZone.utc).celLiteral == "13")
        #expect(
            Builtins.getter(.hours, of: durationValue("1h"), timeZone: zone).celLiteral == "error: no such overload"
        )
    }

    @Test(arguments: ["2:00", "02:00"])
    func offsetsWithOptionalSignAndShortHour(name: String) {
        let t = timestampValue("2009-02-13T23:31:30Z")
        #expect(Builtins.getter(.hours, of: t, timeZone: .string(name)).celLiteral == "1")
        #expect(Builtins.getter(.hours, of: t, timeZone: .string("+" + name)).celLiteral == "1")
        #expect(Builtins.getter(.hours, of: t, timeZone: .string("-" + name)).celLiteral == "21")
    }

    @Test(arguments: ["Mars/Olympus", "asia/jakarta", "+25:00", "07", "", "+07:60", "+123:00", "+1:5"])
    func unknownZones(name: String) {
        let t = timestampValue("2009-02-13T23:31:30Z")
        #expect(
            Builtins.getter(.hours, of: t, timeZone: .string(name)).celLiteral == "error: unknown time zone '\(name)'"
        )
        #expect(throws: EvalError.self) { try CELTimeZone(name: name) }
    }
}
