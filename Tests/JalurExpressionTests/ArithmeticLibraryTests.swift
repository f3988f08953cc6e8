import JalurExpression
import Testing

struct ArithmeticLibraryTests {
    typealias Case = (lhs: Value, rhs: Value, expected: String)

    @Test(
        arguments: [
            (Value.int(40), Value.int(2), "42"),
            (.int(.max), .int(1), "error: integer overflow"),
            (.int(.min), .int(-1), "error: integer overflow"),
            (.uint(.max), .uint(1), "error: unsigned integer overflow"),
            (.uint(1), .uint(2), "3u"),
            (.double(4.25), .double(15.25), "19.5"),
            (.string("ab"), .string("c"), "\"abc\""),
            (.bytes([1]), .bytes([2]), "b\"\\x01\\x02\""),
            (.list([.int(1)]), .list([.string("a")]), "[1, \"a\"]"),
            (.int(1), .double(1), "error: no such overload"),
            (.int(1), .uint(1), "error: no such overload"),
            (.string("a"), .int(1), "error: no such overload"),
        ] as [Case]
    )
    func add(_ c: Case) {
        #expect(Builtins.add(c.lhs, c.rhs).celLiteral == c.expected)
    }

    @Test(
        arguments: [
            (Value.int(42), Value.int(-22), "64"),
            (.int(.min), .int(1), "error: integer overflow"),
            (.int(1), .int(-9_223_372_036_854_775_807), "error: integer overflow"),
            (.uint(0), .uint(1), "error: unsigned integer overflow"),
            (.uint(5), .uint(3), "2u"),
            (.double(-4.875), .double(-0.125), "-4.75"),
            (.string("a"), .string("a"), "error: no such overload"),
        ] as [Case]
    )
    func subtract(_ c: Case) {
        #expect(Builtins.subtract(c.lhs, c.rhs).celLiteral == c.expected)
    }

    @Test(
        arguments: [
            (Value.int(40), Value.int(-2), "-80"),
            (.int(.min), .int(-1), "error: integer overflow"),
            (.int(5_000_000_000), .int(5_000_000_000), "error: integer overflow"),
            (.int(-5_000_000_000), .int(5_000_000_000), "error: integer overflow"),
            (.uint(1 << 32), .uint(1 << 32), "error: unsigned integer overflow"),
            (.double(2), .double(8.988466e+307), "double(\"Infinity\")"),
            (.double(15.36), .double(0), "0.0"),
        ] as [Case]
    )
    func multiply(_ c: Case) {
        #expect(Builtins.multiply(c.lhs, c.rhs).celLiteral == c.expected)
    }

    @Test(
        arguments: [
            (Value.int(-20), Value.int(2), "-10"),
            (.int(-7), .int(2), "-3"),
            (.int(15), .int(0), "error: division by zero"),
            (.int(.min), .int(-1), "error: integer overflow"),
            (.uint(7), .uint(2), "3u"),
            (.uint(7), .uint(0), "error: division by zero"),
            (.double(15.75), .double(0), "double(\"Infinity\")"),
            (.double(-1), .double(0), "double(\"-Infinity\")"),
            (.double(0), .double(0), "double(\"NaN\")"),
            (.double(.leastNonzeroMagnitude), .double(2), "0.0"),
            (.double(-8.875), .double(-0.0625), "142.0"),
        ] as [Case]
    )
    func divide(_ c: Case) {
        #expect(Builtins.divide(c.lhs, c.rhs).celLiteral == c.expected)
    }

    @Test(
        arguments: [
            (Value.int(43), Value.int(-5), "3"),
            (.int(-42), .int(-5), "-2"),
            (.int(-3), .int(5), "-3"),
            (.int(34), .int(0), "error: modulus by zero"),
            (.int(.min), .int(-1), "error: integer overflow"),
            (.uint(7), .uint(4), "3u"),
            (.uint(7), .uint(0), "error: modulus by zero"),
            (.double(47.5), .double(5.5), "error: no such overload"),
        ] as [Case]
    )
    func remainder(_ c: Case) {
        #expect(Builtins.remainder(c.lhs, c.rhs).celLiteral == c.expected)
    }

    @Test func negate() {
        #expect(Builtins.negate(.int(42)).celLiteral == "-42")
        #expect(Builtins.negate(.int(0)).celLiteral == "0")
        #expect(Builtins.negate(.int(.min)).celLiteral == "error: integer overflow")
        #expect(Builtins.negate(.int(.max)).celLiteral == "-9223372036854775807")
        #expect(Builtins.negate(.double(0)).celLiteral == "-0.0")
        #expect(Builtins.negate(.bool(false)).celLiteral == "error: no such overload")
        #expect(Builtins.negate(.uint(1)).celLiteral == "error: no such overload")
        #expect(Builtins.not(.bool(false)).celLiteral == "true")
        #expect(Builtins.not(.int(0)).celLiteral == "error: no such overload")
    }

    @Test func errorsPropagateFirstArgumentFirst() {
        let first = Value.error(EvalError("first"))
        let second = Value.error(EvalError("second"))
        for operation in [Builtins.add, Builtins.subtract, Builtins.multiply, Builtins.divide, Builtins.remainder] {
            #expect(operation(first, second).celLiteral == "error: first")
            #expect(operation(.int(1), second).celLiteral == "error: second")
            #expect(operation(.string("x"), second).celLiteral == "error: second")
        }
        #expect(Builtins.negate(first).celLiteral == "error: first")
    }
}
