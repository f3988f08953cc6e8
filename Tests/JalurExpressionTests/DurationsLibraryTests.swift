import JalurExpression
import Testing

struct DurationsLibraryTests {
    @Test(arguments: [
        ("1h30m", "5400s"),
        ("-1.5s", "-1.5s"),
        ("+1.5s", "1.5s"),
        ("100ms", "0.1s"),
        ("1us", "0.000001s"),
        ("1µs", "0.000001s"),
        ("1ns", "0.000000001s"),
        ("0", "0s"),
        ("0s", "0s"),
        ("1.5h", "5400s"),
        (".5m", "30s"),
        ("2h45m30.5s", "9930.5s"),
        ("1.0000000001s", "1s"),
        ("0.333333333333h", "1199.999999998s"),
        ("9223372036.854775807s", "9223372036.854775807s"),
        ("-9223372036.854775808s", "-9223372036.854775808s"),
        ("2562047h47m16.854775807s", "9223372036.854775807s"),
    ])
    func parsesGoDurations(text: String, canonical: String) {
        #expect(durationValue(text).celLiteral == "duration(\"\(canonical)\")")
    }

    @Test(arguments: [
        "", "1", "1x", "h", "1h-30m", "--1s", ".s", "1..5s", "1 s", "9223372036.854775808s",
        "-9223372036.854775809s", "2562048h", "320000000000s",
    ])
    func rejectsMalformedOrOutOfRange(text: String) {
        #expect(durationValue(text).celLiteral == "error: cannot parse '\(text)' as a duration")
    }

    @Test func arithmetic() {
        #expect(Builtins.add(durationValue("1.5s"), durationValue("-2s")).celLiteral == "duration(\"-0.5s\")")
        #expect(
            Builtins.subtract(durationValue("1s"), durationValue("1.000000001s")).celLiteral
                == "duration(\"-0.000000001s\")"
        )
        #expect(Builtins.negate(durationValue("1.5s")).celLiteral == "duration(\"-1.5s\")")
        let max = durationValue("9223372036.854775807s")
        let min = durationValue("-9223372036.854775808s")
        #expect(Builtins.add(max, durationValue("1ns")).celLiteral == "error: duration out of range")
        #expect(Builtins.negate(min).celLiteral == "error: duration out of range")
        #expect(Builtins.negate(max).celLiteral == "duration(\"-9223372036.854775807s\")")
        #expect(
            Builtins.add(durationValue("-1500000h"), durationValue("-1500000h")).celLiteral
                == "error: duration out of range"
        )
        #expect(
            Builtins.subtract(Builtins.negate(max), durationValue("1s")).celLiteral == "error: duration out of range"
        )
        #expect(Builtins.multiply(durationValue("1s"), .int(2)).celLiteral == "error: no such overload")
    }

    @Test(arguments: [
        ("3730.5s", TimeField.hours, 1), ("3730.5s", .minutes, 62), ("3730.5s", .seconds, 3730),
        ("3730.5s", .milliseconds, 500), ("-3730.5s", .hours, -1), ("-3730.5s", .minutes, -62),
        ("-3730.5s", .milliseconds, -500), ("123.321456789s", .milliseconds, 321), ("0.9s", .seconds, 0),
    ])
    func getters(text: String, field: TimeField, expected: Int) {
        #expect(Builtins.getter(field, of: durationValue(text)).celLiteral == String(expected))
    }

    @Test(arguments: [TimeField.fullYear, .month, .date, .dayOfMonth, .dayOfYear, .dayOfWeek])
    func dateGettersDoNotApply(field: TimeField) {
        #expect(!field.appliesToDurations)
        #expect(Builtins.getter(field, of: durationValue("1h")).celLiteral == "error: no such overload")
    }

    @Test func comparisons() {
        #expect(Builtins.less(durationValue("-1s"), durationValue("-0.5s")).celLiteral == "true")
        #expect(Builtins.equal(durationValue("60m"), durationValue("1h")).celLiteral == "true")
    }
}
