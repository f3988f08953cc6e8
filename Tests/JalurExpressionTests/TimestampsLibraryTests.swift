import JalurExpression
import Testing

/// A timestamp value from RFC 3339 text, for tests.
func timestampValue(_ text: String) -> Value {
    Builtins.timestamp(.string(text))
}

/// A duration value from Go duration text, for tests.
func durationValue(_ text: String) -> Value {
    Builtins.duration(.string(text))
}

struct TimestampsLibraryTests {
    @Test(arguments: [
        ("2009-02-13T23:31:30Z", "timestamp(\"2009-02-13T23:31:30Z\")"),
        ("2009-02-13t23:31:30z", "timestamp(\"2009-02-13T23:31:30Z\")"),
        ("2009-02-13T23:31:30.123456789Z", "timestamp(\"2009-02-13T23:31:30.123456789Z\")"),
        ("2009-02-13T23:31:30.1234567891Z", "timestamp(\"2009-02-13T23:31:30.123456789Z\")"),
        ("2009-02-13T23:31:30.100Z", "timestamp(\"2009-02-13T23:31:30.1Z\")"),
        ("2009-02-14T06:31:30+07:00", "timestamp(\"2009-02-13T23:31:30Z\")"),
        ("2009-02-13T21:01:30-02:30", "timestamp(\"2009-02-13T23:31:30Z\")"),
        ("0001-01-01T00:00:00Z", "timestamp(\"0001-01-01T00:00:00Z\")"),
        ("9999-12-31T23:59:59.999999999Z", "timestamp(\"9999-12-31T23:59:59.999999999Z\")"),
        ("2024-02-29T00:00:00Z", "timestamp(\"2024-02-29T00:00:00Z\")"),
        ("1969-12-31T23:59:59Z", "timestamp(\"1969-12-31T23:59:59Z\")"),
    ])
    func parsesRFC3339(text: String, literal: String) {
        #expect(timestampValue(text).celLiteral == literal)
    }

    @Test(arguments: [
        "2009-02-13", "2009-02-13T23:31:30", "2009-02-13 23:31:30Z", "2023-02-29T00:00:00Z", "2009-13-01T00:00:00Z",
        "2009-02-13T24:00:00Z", "2009-02-13T23:60:00Z", "2009-02-13T23:31:30.Z", "2009-02-13T23:31:30+0700",
        "0001-01-01T00:00:00+00:01", "9999-12-31T23:59:59-00:01", "x", "",
    ])
    func rejectsMalformedOrOutOfRange(text: String) {
        #expect(timestampValue(text).celLiteral == "error: cannot parse '\(text)' as an rfc 3339 timestamp")
    }

    @Test func fromUnixSeconds() {
        #expect(Builtins.timestamp(.int(1_234_567_890)).celLiteral == "timestamp(\"2009-02-13T23:31:30Z\")")
        #expect(Builtins.timestamp(.int(-62_135_596_801)).celLiteral == "error: timestamp out of range")
        #expect(Builtins.timestamp(.int(253_402_300_800)).celLiteral == "error: timestamp out of range")
    }

    @Test func arithmetic() {
        let t = timestampValue("2009-02-13T23:31:30Z")
        #expect(Builtins.add(t, durationValue("1h30m")).celLiteral == "timestamp(\"2009-02-14T01:01:30Z\")")
        #expect(Builtins.add(durationValue("-0.5s"), t).celLiteral == "timestamp(\"2009-02-13T23:31:29.5Z\")")
        #expect(
            Builtins.subtract(t, durationValue("1ns")).celLiteral == "timestamp(\"2009-02-13T23:31:29.999999999Z\")"
        )
        let earlier = timestampValue("2009-02-13T23:31:29.75Z")
        #expect(Builtins.subtract(t, earlier).celLiteral == "duration(\"0.25s\")")
        #expect(Builtins.subtract(earlier, t).celLiteral == "duration(\"-0.25s\")")
        #expect(Builtins.add(t, t).celLiteral == "error: no such overload")
        #expect(Builtins.subtract(durationValue("1s"), t).celLiteral == "error: no such overload")
    }

    @Test func arithmeticRangeChecks() {
        let last = timestampValue("9999-12-31T23:59:59.999999999Z")
        let first = timestampValue("0001-01-01T00:00:00Z")
        #expect(Builtins.add(last, durationValue("1ns")).celLiteral == "error: timestamp out of range")
        #expect(Builtins.subtract(first, durationValue("1ns")).celLiteral == "error: timestamp out of range")
        #expect(Builtins.subtract(last, first).celLiteral == "error: duration out of range")
        #expect(Builtins.subtract(first, last).celLiteral == "error: duration out of range")
        let y2262 = timestampValue("2262-04-11T23:47:16.854775807Z")
        #expect(
            Builtins.subtract(y2262, timestampValue("1970-01-01T00:00:00Z")).celLiteral
                == "duration(\"9223372036.854775807s\")"
        )
    }

    @Test(arguments: [
        (TimeField.fullYear, 2009), (.month, 1), (.date, 13), (.dayOfMonth, 12), (.dayOfYear, 43),
        (.dayOfWeek, 5), (.hours, 23), (.minutes, 31), (.seconds, 30), (.milliseconds, 123),
    ])
    func gettersInUTC(field: TimeField, expected: Int) {
        let t = timestampValue("2009-02-13T23:31:30.123456Z")
        #expect(Builtins.getter(field, of: t).celLiteral == String(expected))
    }

    @Test func calendarEdges() {
        let leapDay = timestampValue("2024-12-31T12:00:00Z")
        #expect(Builtins.getter(.dayOfYear, of: leapDay).celLiteral == "365")
        let plainYear = timestampValue("2023-12-31T12:00:00Z")
        #expect(Builtins.getter(.dayOfYear, of: plainYear).celLiteral == "364")
        let century = timestampValue("1900-03-01T00:00:00Z")
        #expect(Builtins.getter(.dayOfYear, of: century).celLiteral == "59")
        let beforeEpoch = timestampValue("1969-12-31T23:59:59.999Z")
        #expect(Builtins.getter(.dayOfWeek, of: beforeEpoch).celLiteral == "3")
        #expect(Builtins.getter(.hours, of: beforeEpoch).celLiteral == "23")
        #expect(Builtins.getter(.milliseconds, of: beforeEpoch).celLiteral == "999")
        let first = timestampValue("0001-01-01T00:00:00Z")
        #expect(Builtins.getter(.dayOfWeek, of: first).celLiteral == "1")
        #expect(Builtins.getter(.fullYear, of: first, timeZone: .string("-01:00")).celLiteral == "0")
    }

    @Test func wrongArguments() {
        let t = timestampValue("2009-02-13T23:31:30Z")
        #expect(Builtins.getter(.hours, of: .int(1)).celLiteral == "error: no such overload")
        #expect(Builtins.getter(.hours, of: t, timeZone: .int(7)).celLiteral == "error: no such overload")
        #expect(Builtins.getter(.hours, of: .error(EvalError("boom"))).celLiteral == "error: boom")
        #expect(Builtins.getter(.hours, of: t, timeZone: .error(EvalError("boom"))).celLiteral == "error: boom")
    }
}
