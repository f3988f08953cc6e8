import JalurExpression
import Testing

struct EqualityLibraryTests {
    typealias Case = (lhs: Value, rhs: Value, equal: Bool)

    static let nan = Value.double(.nan)

    @Test(
        arguments: [
            (Value.int(1), Value.uint(1), true),
            (.int(1), .double(1), true),
            (.uint(1), .double(1), true),
            (.int(-1), .uint(UInt64.max), false),
            (.int(2), .double(1), false),
            (.int(1), nan, false),
            (nan, nan, false),
            (.double(-0.0), .double(0), true),
            (.int(9_007_199_254_740_993), .double(9_007_199_254_740_992), true),
            (.int(9_007_199_254_740_993), .uint(9_007_199_254_740_992), false),
            (.int(.max), .double(0x1p63), true),
            (.int(.max), .double(0x1p63 + 2048), false),
            (.uint(.max), .double(0x1p64), true),
            (.uint(1 << 63), .double(0x1p63), true),
            (.int(.min), .double(-0x1p63), true),
            (.null, .null, true),
            (.bool(false), .null, false),
            (.int(1), .null, false),
            (.string("Am\u{E9}lie"), .string("Ame\u{301}lie"), false),
            (.string("ίσος"), .string("ίσος"), true),
            (.bytes([0, 1]), .bytes([0, 1]), true),
            (.string("a"), .bytes([97]), false),
            (.type("int"), .type("int"), true),
            (.type("int"), .type("uint"), false),
            (.type("int"), .string("int"), false),
        ] as [Case]
    )
    func scalars(_ c: Case) {
        #expect(c.lhs.celEquals(c.rhs) == c.equal)
        #expect(c.rhs.celEquals(c.lhs) == c.equal)
        #expect(Builtins.equal(c.lhs, c.rhs).celLiteral == String(c.equal))
        #expect(Builtins.notEqual(c.lhs, c.rhs).celLiteral == String(!c.equal))
    }

    @Test func listsCompareElementWise() {
        #expect(Value.list([.int(1), .double(2)]).celEquals(.list([.uint(1), .int(2)])))
        #expect(!Value.list([.int(1), .int(2)]).celEquals(.list([.int(2), .int(1)])))
        #expect(!Value.list([.int(1)]).celEquals(.list([.int(1), .int(1)])))
        #expect(Value.list([.list([])]).celEquals(.list([.list([])])))
        #expect(!Value.list([.null]).celEquals(.list([.string("3")])))
        #expect(!Value.list([Self.nan]).celEquals(.list([Self.nan])))
    }

    @Test func mapsIgnoreOrderAndNormalizeNumericKeys() {
        let a = Value.map(MapValue([(.string("k1"), .string("v1")), (.string("k2"), .string("v2"))]))
        let b = Value.map(MapValue([(.string("k2"), .string("v2")), (.string("k1"), .string("v1"))]))
        #expect(a.celEquals(b))
        let ints = Value.map(MapValue([(.int(1), .double(1))]))
        let uints = Value.map(MapValue([(.uint(1), .int(1))]))
        #expect(ints.celEquals(uints))
        let extra = Value.map(MapValue([(.string("k1"), .string("v1"))]))
        #expect(!a.celEquals(extra))
        #expect(!extra.celEquals(a))
        let nullValue = Value.map(MapValue([(.string("k"), .int(1)), (.string("j"), .null)]))
        let intValue = Value.map(MapValue([(.string("k"), .int(1)), (.string("j"), .int(2))]))
        #expect(!nullValue.celEquals(intValue))
        #expect(!a.celEquals(.list([])))
    }

    @Test func objectsCompareByTypeAndFields() {
        let type = ObjectType(name: "resident", fields: [.init(name: "age", type: .int), .init(name: "x", type: .int)])
        let a = Value.object(ObjectValue(type: type, fields: [.int(19), nil]))
        let b = Value.object(ObjectValue(type: type, fields: [.double(19), nil]))
        let c = Value.object(ObjectValue(type: type, fields: [.int(19), .int(0)]))
        #expect(a.celEquals(b))
        #expect(!a.celEquals(c))
    }

    @Test func timesAndErrors() {
        let t = Value.timestamp(Timestamp(seconds: 10, nanos: 5))
        #expect(t.celEquals(.timestamp(Timestamp(seconds: 10, nanos: 5))))
        #expect(!t.celEquals(.timestamp(Timestamp(seconds: 10))))
        #expect(!t.celEquals(.duration(CELDuration(seconds: 10, nanos: 5))))
        let error = Value.error(EvalError("boom"))
        #expect(!error.celEquals(error))
        #expect(Builtins.equal(.int(1), error).celLiteral == "error: boom")
        #expect(Builtins.notEqual(error, .int(1)).celLiteral == "error: boom")
    }
}
