import JalurExpression
import Testing

/// `Value.isIdentical(to:)`: the same value of the same type, stricter than CEL `==`.
///
/// This target declares its own `Value.isIdentical(to:)` for the conformance tests (TypedJSON.swift), which
/// shadows the library's here, so these tests name the library's with a module selector.
struct IdenticalValueTests {
    typealias Case = (lhs: Value, rhs: Value, identical: Bool)

    static let point = ObjectType(name: "point", fields: [.init(name: "x", type: .int), .init(name: "y", type: .int)])
    static let pointTwin = ObjectType(
        name: "point",
        fields: [.init(name: "x", type: .int), .init(name: "y", type: .int)]
    )
    static let place = ObjectType(name: "place", fields: [.init(name: "x", type: .int), .init(name: "y", type: .int)])

    static func map(_ entries: [(String, Value)]) -> Value {
        .map(MapValue(stringKeyed: entries.map { (key: $0.0, value: $0.1) }))
    }

    static func point(_ x: Int64?, _ y: Int64?, type: ObjectType = point) -> Value {
        .object(ObjectValue(type: type, fields: [x.map(Value.int), y.map(Value.int)]))
    }

    static func error(_ message: String, missing: String? = nil) -> Value {
        .error(EvalError(message, missingFact: missing))
    }

    /// `Value.isIdentical(to:)`.
    private func identical(_ lhs: Value, _ rhs: Value) -> Bool {
        lhs.isIdentical(to: rhs)
    }

    /// Checks both directions, so the relation is symmetric.
    private func check(_ c: Case, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(identical(c.lhs, c.rhs) == c.identical, sourceLocation: sourceLocation)
        #expect(identical(c.rhs, c.lhs) == c.identical, sourceLocation: sourceLocation)
    }

    @Test(
        arguments: [
            (Value.null, Value.null, true),
            (.null, .bool(false), false),
            (.bool(true), .bool(true), true),
            (.bool(true), .bool(false), false),
            (.int(1), .int(1), true),
            (.int(1), .int(2), false),
            (.int(1), .uint(1), false),
            (.uint(7), .uint(7), true),
            (.int(0), .null, false),
            (.string("a"), .string("a"), true),
            (.string("a"), .string("b"), false),
            (.string("Am\u{E9}lie"), .string("Ame\u{301}lie"), false),
            (.string("a"), .bytes([97]), false),
            (.bytes([0, 1]), .bytes([0, 1]), true),
            (.bytes([0, 1]), .bytes([1, 0]), false),
            (.timestamp(Timestamp(seconds: 86_400)), .timestamp(Timestamp(seconds: 86_400)), true),
            (.timestamp(Timestamp(seconds: 86_400)), .timestamp(Timestamp(seconds: 86_400, nanos: 1)), false),
            (.duration(CELDuration(seconds: 60)), .duration(CELDuration(seconds: 60)), true),
            (.duration(CELDuration(seconds: 60)), .duration(CELDuration(seconds: 61)), false),
            (.duration(CELDuration(seconds: 60)), .int(60), false),
            (.type("int"), .type("int"), true),
            (.type("int"), .string("int"), false),
        ] as [Case]
    )
    func scalars(_ c: Case) {
        check(c)
    }

    @Test func oneAndOnePointZeroAreEqualButNotIdentical() {
        #expect(Value.int(1).celEquals(.double(1)))
        check((.int(1), .double(1), false))
        #expect(Value.uint(1).celEquals(.double(1)))
        check((.uint(1), .double(1), false))
        check((.double(1), .double(1), true))
        check((.double(1), .double(1.5), false))
    }

    @Test func doublesCompareByBitPattern() {
        let nan = Double.nan
        let otherNaN = Double(nan: 7, signaling: false)
        #expect(nan.bitPattern != otherNaN.bitPattern)
        #expect(!Value.double(nan).celEquals(.double(nan)))
        check((.double(nan), .double(Double(bitPattern: nan.bitPattern)), true))
        check((.double(nan), .double(otherNaN), false))
        check((.double(nan), .double(-nan), false))
        #expect(Value.double(-0.0).celEquals(.double(0)))
        check((.double(-0.0), .double(0), false))
        check((.double(.infinity), .double(.infinity), true))
    }

    @Test func mapsCompareEntryByEntryInOrder() {
        let ab = Self.map([("a", .int(1)), ("b", .int(2))])
        let ba = Self.map([("b", .int(2)), ("a", .int(1))])
        #expect(ab.celEquals(ba))
        check((ab, ba, false))
        check((ab, Self.map([("a", .int(1)), ("b", .int(2))]), true))
        check((ab, Self.map([("a", .int(1)), ("b", .double(2))]), false))
        check((ab, Self.map([("a", .int(1))]), false))
        check((ab, Self.map([("a", .int(1)), ("c", .int(2))]), false))
        check((Self.map([]), Self.map([]), true))
        let intKey = Value.map(MapValue([(key: .int(1), value: .string("x"))]))
        let uintKey = Value.map(MapValue([(key: .uint(1), value: .string("x"))]))
        #expect(intKey.celEquals(uintKey))
        check((intKey, uintKey, false))
    }

    @Test func recordsCompareTypeAndFieldsWithAbsentEqualToAbsent() {
        check((Self.point(1, nil), Self.point(1, nil), true))
        check((Self.point(nil, nil), Self.point(nil, nil), true))
        check((Self.point(1, nil), Self.point(1, 2), false))
        check((Self.point(nil, 2), Self.point(1, 2), false))
        check((Self.point(1, 2), Self.point(1, 3), false))
        check((Self.point(1, 2), Self.point(1, 2, type: Self.pointTwin), true))
        check((Self.point(1, 2), Self.point(1, 2, type: Self.place), false))
        let asDouble = Value.object(ObjectValue(type: Self.point, fields: [.double(1), .int(2)]))
        check((Self.point(1, 2), asDouble, false))
        let nested = Value.object(ObjectValue(type: Self.point, fields: [.list([.int(1)]), nil]))
        let nestedAgain = Value.object(ObjectValue(type: Self.point, fields: [.list([.int(1)]), nil]))
        let nestedOther = Value.object(ObjectValue(type: Self.point, fields: [.list([.uint(1)]), nil]))
        check((nested, nestedAgain, true))
        check((nested, nestedOther, false))
    }

    @Test func listsCompareElementByElementAllTheWayDown() {
        let deep = Value.list([.list([.int(1)]), .list([.double(2), Self.map([("k", .list([.null]))])])])
        let same = Value.list([.list([.int(1)]), .list([.double(2), Self.map([("k", .list([.null]))])])])
        let intInside = Value.list([.list([.int(1)]), .list([.int(2), Self.map([("k", .list([.null]))])])])
        let falseInside = Value.list([.list([.int(1)]), .list([.double(2), Self.map([("k", .list([.bool(false)]))])])])
        check((deep, same, true))
        #expect(deep.celEquals(intInside))
        check((deep, intInside, false))
        check((deep, falseInside, false))
        check((.list([.int(1), .int(2)]), .list([.int(2), .int(1)]), false))
        check((.list([.int(1)]), .list([.int(1), .int(1)]), false))
        check((.list([]), .list([]), true))
        check((.list([]), Self.map([]), false))
    }

    @Test func errorsCompareByMessageAndMissingFact() {
        let one = Self.error("no such field", missing: "resident.cows")
        let two = Self.error("no such field", missing: "resident.cows")
        #expect(!one.celEquals(two))
        check((one, two, true))
        check((one, Self.error("no such field", missing: "resident.age"), false))
        check((one, Self.error("no such field"), false))
        check((one, Self.error("division by zero", missing: "resident.cows"), false))
        check((Self.error("division by zero"), Self.error("division by zero"), true))
        check((Self.error("division by zero"), .null, false))
        check((.list([one]), .list([two]), true))
    }
}
