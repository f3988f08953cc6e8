import JalurExpression
import Testing

struct SizeAndContainmentLibraryTests {
    static let map = Value.map(
        MapValue([
            (.string("a"), .int(1)), (.int(1), .string("one")), (.uint(1 << 63), .string("big")), (.bool(true), .null),
        ])
    )

    @Test func size() {
        #expect(Builtins.size(.string("héroïne")).celLiteral == "7")
        #expect(Builtins.size(.string("e\u{301}")).celLiteral == "2")
        #expect(Builtins.size(.string("😀")).celLiteral == "1")
        #expect(Builtins.size(.bytes([1, 2, 3])).celLiteral == "3")
        #expect(Builtins.size(.list([.null, .null])).celLiteral == "2")
        #expect(Builtins.size(Self.map).celLiteral == "4")
        #expect(Builtins.size(.int(1)).celLiteral == "error: no such overload")
    }

    @Test func listMembershipUsesCELEquality() {
        let list = Value.list([.int(1), .string("elem"), .double(2.5)])
        #expect(Builtins.isElement(.string("elem"), of: list).celLiteral == "true")
        #expect(Builtins.isElement(.uint(1), of: list).celLiteral == "true")
        #expect(Builtins.isElement(.double(1), of: list).celLiteral == "true")
        #expect(Builtins.isElement(.string("not"), of: list).celLiteral == "false")
        #expect(Builtins.isElement(.double(.nan), of: .list([.double(.nan)])).celLiteral == "false")
        #expect(Builtins.isElement(.int(1), of: .list([])).celLiteral == "false")
    }

    @Test func mapMembershipNormalizesNumericKeys() {
        #expect(Builtins.isElement(.string("a"), of: Self.map).celLiteral == "true")
        #expect(Builtins.isElement(.uint(1), of: Self.map).celLiteral == "true")
        #expect(Builtins.isElement(.double(1), of: Self.map).celLiteral == "true")
        #expect(Builtins.isElement(.double(0x1p63), of: Self.map).celLiteral == "true")
        #expect(Builtins.isElement(.int(.min), of: Self.map).celLiteral == "false")
        #expect(Builtins.isElement(.double(1.5), of: Self.map).celLiteral == "false")
        #expect(Builtins.isElement(.bool(true), of: Self.map).celLiteral == "true")
        #expect(Builtins.isElement(.null, of: Self.map).celLiteral == "false")
        #expect(Builtins.isElement(.string("A"), of: Self.map).celLiteral == "false")
    }

    @Test func membershipErrors() {
        #expect(Builtins.isElement(.int(1), of: .string("1")).celLiteral == "error: no such overload")
        #expect(Builtins.isElement(.error(EvalError("a")), of: .error(EvalError("b"))).celLiteral == "error: a")
        #expect(Builtins.isElement(.int(1), of: .error(EvalError("b"))).celLiteral == "error: b")
    }

    @Test func listIndexing() {
        let list = Value.list([.string("a"), .string("b")])
        #expect(Builtins.index(list, .int(1)).celLiteral == "\"b\"")
        #expect(Builtins.index(list, .uint(0)).celLiteral == "\"a\"")
        #expect(Builtins.index(list, .double(1)).celLiteral == "\"b\"")
        #expect(Builtins.index(list, .int(2)).celLiteral == "error: index out of range: 2")
        #expect(Builtins.index(list, .int(-1)).celLiteral == "error: index out of range: -1")
        #expect(Builtins.index(list, .uint(.max)).celLiteral == "error: index out of range: 18446744073709551615")
        #expect(Builtins.index(list, .double(0.5)).celLiteral == "error: invalid list index: 0.5")
        #expect(Builtins.index(list, .string("0")).celLiteral == "error: no such overload")
    }

    @Test func mapIndexing() {
        #expect(Builtins.index(Self.map, .string("a")).celLiteral == "1")
        #expect(Builtins.index(Self.map, .double(1)).celLiteral == "\"one\"")
        #expect(Builtins.index(Self.map, .uint(1)).celLiteral == "\"one\"")
        #expect(Builtins.index(Self.map, .string("age")).celLiteral == "error: no such key: 'age'")
        #expect(Builtins.index(Self.map, .int(2)).celLiteral == "error: no such key: 2")
        #expect(Builtins.index(Self.map, .list([])).celLiteral == "error: no such overload")
        #expect(Builtins.index(.int(1), .int(0)).celLiteral == "error: no such overload")
    }

    @Test func fieldSelectionAndHas() {
        #expect(Builtins.select(Self.map, field: "a").celLiteral == "1")
        #expect(Builtins.select(Self.map, field: "b").celLiteral == "error: no such key: 'b'")
        #expect(Builtins.has(Self.map, field: "a").celLiteral == "true")
        #expect(Builtins.has(Self.map, field: "b").celLiteral == "false")
        #expect(Builtins.select(.int(1), field: "a").celLiteral == "error: no such overload")
    }

    @Test func stringKeysCompareByCodePoints() {
        let map = MapValue([(.string("Am\u{E9}lie"), .int(1))])
        #expect(map.value(forKey: "Am\u{E9}lie")?.celLiteral == "1")
        #expect(map.value(forKey: "Ame\u{301}lie") == nil)
    }

    @Test func makeMapChecksKeys() {
        let made = Builtins.makeMap([(.string("b"), .int(1)), (.string("a"), .int(2))])
        #expect(made.celLiteral == "{\"b\": 1, \"a\": 2}")
        #expect(Builtins.makeMap([(.int(1), .int(1)), (.uint(1), .int(2))]).celLiteral == "error: repeated key: 1u")
        #expect(
            Builtins.makeMap([(.string("k"), .int(1)), (.string("k"), .int(2))]).celLiteral
                == "error: repeated key: 'k'"
        )
        #expect(Builtins.makeMap([(.double(1), .int(1))]).celLiteral == "error: unsupported key type: double")
        #expect(Builtins.makeMap([(.null, .int(1))]).celLiteral == "error: unsupported key type: null_type")
        #expect(Builtins.makeMap([(.int(1), .error(EvalError("boom")))]).celLiteral == "error: boom")
        #expect(Builtins.makeList([.int(1)]).celLiteral == "[1]")
        #expect(Builtins.makeList([.int(1), .error(EvalError("boom"))]).celLiteral == "error: boom")
    }

    @Test(arguments: [3, 9, 100])
    func lookupsAgreeForSmallAndLargeMaps(count: Int) {
        var entries: [(key: Value, value: Value)] = (0..<count).map { (.string("k\($0)"), .int(Int64($0))) }
        entries.append((.uint(1 << 63), .string("big")))
        entries.append((.int(-1), .string("minus one")))
        entries.append((.bool(false), .string("no")))
        let map = MapValue(entries)
        #expect(map.count > MapValue.linearLimit || count < MapValue.linearLimit)
        #expect(map.value(forKey: "k\(count - 1)")?.celLiteral == "\(count - 1)")
        #expect(map.value(forKey: "k\(count)") == nil)
        #expect(map.value(forKey: .double(0x1p63))?.celLiteral == "\"big\"")
        #expect(map.value(forKey: .double(-1))?.celLiteral == "\"minus one\"")
        #expect(map.value(forKey: .uint(UInt64.max)) == nil)
        #expect(map.value(forKey: .bool(false))?.celLiteral == "\"no\"")
        #expect(map.value(forKey: .int(0)) == nil)
        #expect(Builtins.makeMap(entries + [(.double(-1), .null)]).celLiteral.hasPrefix("error: "))
        #expect(Builtins.makeMap(entries + [(.uint(UInt64(Int64.max)), .null)]).celLiteral.hasPrefix("{"))
        let repeated = entries + [(.string("k0"), .null)]
        #expect(Builtins.makeMap(repeated).celLiteral == "error: repeated key: 'k0'")
    }

    @Test func reassigningEntriesRebuildsTheIndex() {
        var map = MapValue([(.string("a"), .int(1))])
        map.entries.append((.string("b"), .int(2)))
        #expect(map.value(forKey: "b")?.celLiteral == "2")
        map.entries.removeFirst()
        #expect(map.value(forKey: "a") == nil)
        #expect(map.value(forKey: .string("b"))?.celLiteral == "2")
    }
}
