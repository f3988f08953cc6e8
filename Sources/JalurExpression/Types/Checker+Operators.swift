extension Checker {
    mutating func unary(_ op: UnaryOperator, _ operand: Expr, range: Range<Int>) -> Typed {
        let checked = check(operand)
        switch op {
        case .not:
            expect(checked, isBool: operand, what: "the operand of '!'")
            return Typed(.not(checked.expr), .bool)
        case .negate:
            switch checked.type {
            case .int, .double, .dyn, .duration: break
            default: report("type-mismatch", "cannot negate a value of type '\(checked.type)'", at: range)
            }
            return Typed(.negate(checked.expr), checked.type)
        }
    }

    mutating func binary(_ op: BinaryOperator, _ lhsExpr: Expr, _ rhsExpr: Expr, range: Range<Int>) -> Typed {
        let lhs = check(lhsExpr)
        let rhs = check(rhsExpr)
        switch op {
        case .and, .or:
            expect(lhs, isBool: lhsExpr, what: "an operand of '\(op.rawValue)'")
            expect(rhs, isBool: rhsExpr, what: "an operand of '\(op.rawValue)'")
            return Typed(op == .and ? .and(lhs.expr, rhs.expr) : .or(lhs.expr, rhs.expr), .bool)
        case .equal, .notEqual:
            if !lhs.type.isEquatable(with: rhs.type) { mismatch(op, lhs, rhs, range) }
            checkEnumeration(lhs.type, against: rhsExpr)
            checkEnumeration(rhs.type, against: lhsExpr)
        case .less, .lessEqual, .greater, .greaterEqual:
            if !isOrderable(lhs.type, rhs.type) { mismatch(op, lhs, rhs, range) }
        case .in:
            checkMembership(lhs, lhsExpr, in: rhs, rhsExpr, range: range)
        case .add, .subtract, .multiply, .divide, .remainder:
            return Typed(.binary(op, lhs.expr, rhs.expr), arithmeticType(op, lhs, rhs, range))
        }
        return Typed(.binary(op, lhs.expr, rhs.expr), .bool)
    }

    private mutating func mismatch(_ op: BinaryOperator, _ lhs: Typed, _ rhs: Typed, _ range: Range<Int>) {
        report("type-mismatch", "'\(op.rawValue)' cannot compare '\(lhs.type)' with '\(rhs.type)'", at: range)
    }

    private func isOrderable(_ lhs: ExprType, _ rhs: ExprType) -> Bool {
        let (a, b) = (lhs.erasingEnumeration, rhs.erasingEnumeration)
        if a == .dyn || b == .dyn { return [a, b].allSatisfy { Self.orderable($0) || $0 == .dyn } }
        if a.isNumeric && b.isNumeric { return true }
        return a == b && Self.orderable(a)
    }

    private static func orderable(_ type: ExprType) -> Bool {
        switch type {
        case .int, .uint, .double, .string, .bool, .bytes, .timestamp, .duration: true
        default: false
        }
    }

    private mutating func checkMembership(
        _ lhs: Typed,
        _ lhsExpr: Expr,
        in rhs: Typed,
        _ rhsExpr: Expr,
        range: Range<Int>
    ) {
        switch rhs.type {
        case .list(let element):
            if !element.isEquatable(with: lhs.type) { mismatch(.in, lhs, rhs, range) }
            checkEnumeration(element, against: lhsExpr)
            if case .list(let elements) = rhsExpr.kind {
                for element in elements { checkEnumeration(lhs.type, against: element) }
            }
        case .map(let key, _):
            if !key.isEquatable(with: lhs.type) { mismatch(.in, lhs, rhs, range) }
        case .dyn:
            break
        default:
            report("type-mismatch", "'in' needs a list or map on its right, not '\(rhs.type)'", at: rhsExpr.range)
        }
    }

    /// Rejects a string literal outside the values of an enumeration it is compared with.
    private mutating func checkEnumeration(_ type: ExprType, against literal: Expr) {
        guard case .enumeration(let enumeration) = type, case .literal(.string(let value)) = literal.kind,
            !enumeration.values.contains(value)
        else { return }
        let allowed = enumeration.values.map { "'\($0)'" }.joined(separator: ", ")
        report(
            "unknown-enum-value",
            "'\(value)' is not a value of '\(enumeration.name)'",
            at: literal.range,
            help: "allowed values: \(allowed)"
        )
    }

    private mutating func arithmeticType(
        _ op: BinaryOperator,
        _ lhs: Typed,
        _ rhs: Typed,
        _ range: Range<Int>
    )
        -> ExprType
    {
        let (a, b) = (lhs.type.erasingEnumeration, rhs.type.erasingEnumeration)
        if a == .dyn || b == .dyn { return .dyn }
        if let result = Self.arithmeticResult(op, a, b) { return result }
        report(
            "type-mismatch",
            "'\(op.rawValue)' cannot combine '\(lhs.type)' and '\(rhs.type)'",
            at: range,
            help: a.isNumeric && b.isNumeric ? "convert one side with int(), uint() or double()" : nil
        )
        return .dyn
    }

    private static func arithmeticResult(_ op: BinaryOperator, _ a: ExprType, _ b: ExprType) -> ExprType? {
        switch (op, a, b) {
        case (.add, .string, .string), (.add, .bytes, .bytes): return a
        case (.add, .list(let x), .list(let y)): return .list(x.joined(with: y))
        case (.add, .timestamp, .duration), (.add, .duration, .timestamp): return .timestamp
        case (.add, .duration, .duration), (.subtract, .duration, .duration): return .duration
        case (.subtract, .timestamp, .timestamp): return .duration
        case (.subtract, .timestamp, .duration): return .timestamp
        case (.remainder, .int, .int), (.remainder, .uint, .uint): return a
        case (.remainder, _, _): return nil
        case (_, .int, .int), (_, .uint, .uint), (_, .double, .double): return a
        default: return nil
        }
    }
}
