import JalurExpression
import Testing

struct OrderingLibraryTests {
    /// `lhs` compared with `rhs`: -1, 0, 1, or nil when unordered (NaN).
    ///
    /// An integer meets a double as in cel-go, converted to the nearest double unless the double is beyond the
    /// integer's range: the conformance cases `*_lossy_double` require `9223372036854775807 < 2^63` to be false.
    typealias Case = (lhs: Value, rhs: Value, order: Int?)

    @Test(
        arguments: [
            (Value.int(-1), Value.int(0), -1),
            (.int(1), .double(2), -1),
            (.double(1), .int(1), 0),
            (.int(.max), .double(0x1p63), 0),
            (.int(.max), .double(9_223_372_036_854_777_857.0), -1),
            (.int(.max), .double(-9_223_372_036_854_777_857.0), 1),
            (.int(.min), .double(-9_223_372_036_854_775_809.0), 0),
            (.int(.min), .double(-9_223_372_036_854_777_857.0), 1),
            (.double(0x1p63), .int(.max), 0),
            (.double(0x1p63 + 2048), .int(.max), 1),
            (.double(0x1p64), .int(.max), 1),
            (.int(9_007_199_254_740_993), .double(9_007_199_254_740_992), 0),
            (.int(9_007_199_254_740_991), .double(9_007_199_254_740_992), -1),
            (.int(2), .double(2.5), -1),
            (.int(-2), .double(-2.5), 1),
            (.int(-3), .double(-2.5), -1),
            (.uint(.max), .double(0x1p64), 0),
            (.uint(.max), .double(0x1p64 * 2), -1),
            (.uint(.max), .double(1.8446744073709550e19), 1),
            (.uint(0), .double(-0.5), 1),
            (.uint(0), .double(-0.0), 0),
            (.uint(1), .int(-1), 1),
            (.int(-1), .uint(0), -1),
            (.uint(1 << 63), .int(.max), 1),
            (.double(-0.0), .double(0), 0),
            (.double(.infinity), .int(.max), 1),
            (.double(-.infinity), .uint(0), -1),
            (.double(.nan), .int(1), nil),
            (.int(1), .double(.nan), nil),
            (.double(.nan), .double(.nan), nil),
            (.string("Abc"), .string("aBC"), -1),
            (.string("a"), .string("AB"), 1),
            (.string("a"), .string("\u{E1}"), -1),
            (.string("f"), .string("\u{1EBF}"), -1),
            (.string("α"), .string("omega"), 1),
            (.string("\u{FFFF}"), .string("\u{10000}"), -1),
            (.string(""), .string(""), 0),
            (.bytes([1, 2]), .bytes([1, 3]), -1),
            (.bytes([1]), .bytes([1, 0]), -1),
            (.bool(false), .bool(true), -1),
            (.bool(true), .bool(true), 0),
            (.timestamp(Timestamp(seconds: 1, nanos: 2)), .timestamp(Timestamp(seconds: 1, nanos: 1)), 1),
            (.duration(CELDuration(seconds: -1)), .duration(CELDuration(seconds: 0, nanos: -5)), -1),
        ] as [Case]
    )
    func orders(_ c: Case) {
        let lt = c.order.map { $0 < 0 } ?? false
        let le = c.order.map { $0 <= 0 } ?? false
        let gt = c.order.map { $0 > 0 } ?? false
        let ge = c.order.map { $0 >= 0 } ?? false
        #expect(Builtins.less(c.lhs, c.rhs).celLiteral == String(lt))
        #expect(Builtins.lessOrEqual(c.lhs, c.rhs).celLiteral == String(le))
        #expect(Builtins.greater(c.lhs, c.rhs).celLiteral == String(gt))
        #expect(Builtins.greaterOrEqual(c.lhs, c.rhs).celLiteral == String(ge))
    }

    @Test(arguments: [
        (Value.list([.int(0)]), Value.list([.int(1)])),
        (.map(MapValue()), .map(MapValue())),
        (.null, .null),
        (.string("foo"), .int(1024)),
        (.string("foo"), .double(1)),
        (.bool(true), .int(1)),
        (.timestamp(Timestamp(seconds: 0)), .duration(CELDuration(seconds: 0))),
        (.type("int"), .type("int")),
    ])
    func unsupportedTypesHaveNoOverload(lhs: Value, rhs: Value) {
        for operation in [Builtins.less, Builtins.lessOrEqual, Builtins.greater, Builtins.greaterOrEqual] {
            #expect(operation(lhs, rhs).celLiteral == "error: no such overload")
        }
    }

    @Test func errorsPropagate() {
        let error = Value.error(EvalError("boom"))
        #expect(Builtins.less(error, .int(1)).celLiteral == "error: boom")
        #expect(Builtins.greaterOrEqual(.null, error).celLiteral == "error: boom")
    }
}
