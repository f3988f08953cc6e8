import JalurExpression
import Testing

struct ConversionLibraryTests {
    typealias Case = (input: Value, expected: String)

    @Test(
        arguments: [
            (Value.int(5), "5"),
            (.uint(UInt64(Int64.max)), "9223372036854775807"),
            (.uint(UInt64(Int64.max) + 1), "error: int out of range"),
            (.double(-1.9), "-1"),
            (.double(2.9), "2"),
            (.double(-0.0), "0"),
            (.double(9_223_372_036_854_774_784), "9223372036854774784"),
            (.double(0x1p63), "error: int out of range"),
            (.double(-0x1p63), "error: int out of range"),
            (.double(.nan), "error: int out of range"),
            (.double(.infinity), "error: int out of range"),
            (.string("12"), "12"),
            (.string("-12"), "-12"),
            (.string("1.5"), "error: cannot convert '1.5' to int"),
            (.string(""), "error: cannot convert '' to int"),
            (.string("9223372036854775808"), "error: cannot convert '9223372036854775808' to int"),
            (.timestamp(Timestamp(seconds: 1_234_567_890, nanos: 9)), "1234567890"),
            (.bool(true), "error: no such overload"),
        ] as [Case]
    )
    func int(_ c: Case) {
        #expect(Builtins.int(c.input).celLiteral == c.expected)
    }

    @Test(
        arguments: [
            (Value.int(5), "5u"),
            (.int(-1), "error: uint out of range"),
            (.double(2.9), "2u"),
            (.double(-0.5), "error: uint out of range"),
            (.double(-0.0), "0u"),
            (.double(-1), "error: uint out of range"),
            (.double(0x1p64), "error: uint out of range"),
            (.double(.nan), "error: uint out of range"),
            (.string("18446744073709551615"), "18446744073709551615u"),
            (.string("-1"), "error: cannot convert '-1' to uint"),
            (.string("+1"), "error: cannot convert '+1' to uint"),
        ] as [Case]
    )
    func uint(_ c: Case) {
        #expect(Builtins.uint(c.input).celLiteral == c.expected)
    }

    @Test(
        arguments: [
            (Value.int(-3), "-3.0"),
            (.uint(.max), "1.8446744073709552e+19"),
            (.string("1.5"), "1.5"),
            (.string("-2.3e+1"), "-23.0"),
            (.string("NaN"), "double(\"NaN\")"),
            (.string("Infinity"), "double(\"Infinity\")"),
            (.string("one"), "error: cannot convert 'one' to double"),
            (.null, "error: no such overload"),
        ] as [Case]
    )
    func double(_ c: Case) {
        #expect(Builtins.double(c.input).celLiteral == c.expected)
    }

    @Test(
        arguments: [
            (Value.int(-3), "-3"),
            (.uint(3), "3"),
            (.double(2), "2"),
            (.double(2.5), "2.5"),
            (.double(-0.0), "-0"),
            (.double(123_456), "123456"),
            (.double(1e6), "1e+06"),
            (.double(1_234_567), "1.234567e+06"),
            (.double(1e100), "1e+100"),
            (.double(0.0001), "0.0001"),
            (.double(0.00001), "1e-05"),
            (.double(.nan), "NaN"),
            (.double(-.infinity), "-Inf"),
            (.bool(true), "true"),
            (.bytes(Array("héllo".utf8)), "héllo"),
            (.bytes([0xFF]), "error: invalid utf-8 in bytes"),
            (.timestamp(Timestamp(seconds: 1_234_567_890)), "2009-02-13T23:31:30Z"),
            (.timestamp(Timestamp(seconds: 0, nanos: 500_000_000)), "1970-01-01T00:00:00.5Z"),
            (.timestamp(Timestamp(seconds: -1, nanos: 999_999_999)), "1969-12-31T23:59:59.999999999Z"),
            (.duration(CELDuration(seconds: 1, nanos: 500_000_000)), "1.5s"),
            (.duration(CELDuration(seconds: 0, nanos: -1)), "-0.000000001s"),
            (.duration(CELDuration(seconds: 3600)), "3600s"),
            (.list([]), "error: no such overload"),
        ] as [Case]
    )
    func string(_ c: Case) {
        let result = Builtins.string(c.input)
        if case .string(let text) = result {
            #expect(text == c.expected)
        } else {
            #expect(result.celLiteral == c.expected)
        }
    }

    @Test(arguments: ["1", "t", "T", "true", "TRUE", "True"])
    func boolTrueSpellings(text: String) {
        #expect(Builtins.bool(.string(text)).celLiteral == "true")
    }

    @Test(arguments: ["0", "f", "F", "false", "FALSE", "False"])
    func boolFalseSpellings(text: String) {
        #expect(Builtins.bool(.string(text)).celLiteral == "false")
    }

    @Test func boolRejectsOtherText() {
        #expect(Builtins.bool(.string("yes")).celLiteral == "error: cannot convert 'yes' to bool")
        #expect(Builtins.bool(.string("tRuE")).celLiteral == "error: cannot convert 'tRuE' to bool")
        #expect(Builtins.bool(.int(1)).celLiteral == "error: no such overload")
    }

    @Test func bytesAndDyn() {
        #expect(Builtins.bytes(.string("é")).celLiteral == "b\"\\xc3\\xa9\"")
        #expect(Builtins.bytes(.int(1)).celLiteral == "error: no such overload")
        #expect(Builtins.dyn(.uint(3)).celLiteral == "3u")
    }

    @Test func identityAndErrors() {
        let error = Value.error(EvalError("boom"))
        for conversion in [
            Builtins.int, Builtins.uint, Builtins.double, Builtins.string, Builtins.bool, Builtins.bytes,
            Builtins.timestamp, Builtins.duration, Builtins.dyn,
        ] {
            #expect(conversion(error).celLiteral == "error: boom")
        }
        #expect(Builtins.int(.int(7)).celLiteral == "7")
        #expect(Builtins.string(.string("x")).celLiteral == "\"x\"")
    }
}
