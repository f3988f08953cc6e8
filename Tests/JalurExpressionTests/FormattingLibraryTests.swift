import JalurExpression
import Testing

struct FormattingLibraryTests {
    @Test(arguments: [
        (Value.int(3), "3"),
        (.int(.min), "-9223372036854775808"),
        (.uint(3), "3u"),
        (.double(2), "2.0"),
        (.double(2.5), "2.5"),
        (.double(-0.0), "-0.0"),
        (.double(0.1), "0.1"),
        (.double(100), "100.0"),
        (.double(123_456_789), "123456789.0"),
        (.double(1e15), "1000000000000000.0"),
        (.double(1e16), "1e+16"),
        (.double(1e100), "1e+100"),
        (.double(1.5e-7), "1.5e-07"),
        (.double(0.0001), "0.0001"),
        (.double(.nan), "double(\"NaN\")"),
        (.double(-.infinity), "double(\"-Infinity\")"),
        (.bool(true), "true"),
        (.null, "null"),
        (.string("x"), "\"x\""),
        (.string("a\"b\\c\nd\u{1}é"), "\"a\\\"b\\\\c\\nd\\x01é\""),
        (.bytes([0, 65, 0xFF]), "b\"\\x00A\\xff\""),
        (.list([.int(1), .int(2)]), "[1, 2]"),
        (.list([]), "[]"),
        (.map(MapValue([(.string("b"), .int(1)), (.string("a"), .list([.null]))])), "{\"b\": 1, \"a\": [null]}"),
        (.map(MapValue()), "{}"),
        (.timestamp(Timestamp(seconds: 1_234_567_890)), "timestamp(\"2009-02-13T23:31:30Z\")"),
        (.duration(CELDuration(seconds: -1, nanos: -500_000_000)), "duration(\"-1.5s\")"),
        (.type("google.protobuf.Timestamp"), "google.protobuf.Timestamp"),
        (.error(EvalError("division by zero")), "error: division by zero"),
    ])
    func celLiterals(value: Value, literal: String) {
        #expect(value.celLiteral == literal)
    }

    @Test(arguments: [0.1, 1.0 / 3, 2.0, 1e300, 5e-324, 123.456, -9.80665, Double.greatestFiniteMagnitude] as [Double])
    func doubleLiteralsRoundTrip(value: Double) throws {
        let text = Value.double(value).celLiteral
        let parsed = try #require(Double(text))
        #expect(parsed == value)
        #expect(text.contains(".") || text.contains("e"))
    }

    @Test func recordsPrintPresentFields() {
        let type = ObjectType(name: "resident", fields: [.init(name: "age", type: .int), .init(name: "x", type: .int)])
        let record = Value.object(ObjectValue(type: type, fields: [.int(19), nil]))
        #expect(record.celLiteral == "resident{age: 19}")
    }
}
