internal import JalurDiagnostics

/// Resolves names and types of a parsed expression against an ``ExprEnvironment``.
///
/// Collects every problem instead of stopping at the first; a sub-expression with an error gets the
/// type `dyn` so one mistake does not cascade. Recursion follows the tree, whose height the parser bounds.
struct Checker {
    /// A checked sub-expression and, when it reads facts, its schema path without list indices.
    struct Typed {
        let expr: CheckedExpr
        let factPath: String?

        var type: ExprType { expr.type }

        init(_ node: CheckedExpr.Node, _ type: ExprType, factPath: String? = nil) {
            expr = CheckedExpr(node, type)
            self.factPath = factPath
        }
    }

    /// A comprehension variable in scope.
    struct LocalVariable {
        let name: String
        let index: Int
        let type: ExprType
        let factPath: String?
    }

    let environment: ExprEnvironment
    private(set) var issues: [ExprIssue] = []
    private(set) var factPaths: Set<String> = []
    var variableSlots: Set<Int> = []
    /// Whether a call reads the current date (`days_since` without a declared `today`).
    var readsClock = false
    var scopes: [LocalVariable] = []

    init(environment: ExprEnvironment) {
        self.environment = environment
    }

    mutating func report(
        _ code: String,
        _ message: String,
        at range: Range<Int>,
        help: String? = nil
    ) {
        issues.append(
            ExprIssue(
                code: code,
                message: message,
                help: help,
                offset: range.lowerBound,
                length: max(1, range.count)
            )
        )
    }

    mutating func recordFactPath(_ path: String) { factPaths.insert(path) }

    /// The recorded fact paths, dropping any that a longer recorded path extends.
    var leafFactPaths: [String] {
        let sorted = factPaths.sorted()
        return sorted.filter { path in !sorted.contains { $0.hasPrefix(path + ".") } }
    }

    // MARK: - Expressions

    mutating func check(_ expr: Expr) -> Typed {
        switch expr.kind {
        case .literal(let literal):
            return Typed(.constant(literal.value), literal.type)
        case .identifier(let name):
            return identifier(name, range: expr.range)
        case .select(let operand, let field, let fieldOffset):
            return select(operand, field: field, fieldRange: fieldOffset..<expr.range.upperBound, whole: expr)
        case .presenceTest(let operand, let field, let fieldOffset):
            return presence(operand, field: field, fieldRange: fieldOffset..<expr.range.upperBound - 1)
        case .index(let operand, let index):
            return self.index(operand, index, range: expr.range)
        case .call(let target, let function, let arguments):
            return call(target: target, function: function, arguments: arguments, range: expr.range)
        case .list(let elements):
            return list(elements)
        case .map(let entries):
            return map(entries)
        case .unary(let op, let operand):
            return unary(op, operand, range: expr.range)
        case .binary(let op, let lhs, let rhs):
            return binary(op, lhs, rhs, range: expr.range)
        case .conditional(let condition, let then, let otherwise):
            return conditional(condition, then, otherwise)
        case .comprehension(let comprehension):
            return self.comprehension(comprehension)
        }
    }

    private mutating func identifier(_ name: String, range: Range<Int>) -> Typed {
        if let local = scopes.last(where: { $0.name == name }) {
            return Typed(.local(local.index), local.type, factPath: local.factPath)
        }
        if let slot = environment.slot(of: name) {
            let variable = environment.variables[slot.index]
            variableSlots.insert(slot.index)
            return Typed(.variable(slot: slot.index), variable.type, factPath: variable.isFactRoot ? name : nil)
        }
        if TypeNames.all.contains(name) { return Typed(.constant(.type(name)), .type) }
        let candidates = environment.variables.map(\.name) + scopes.map(\.name)
        let suggested = suggestion(for: name, among: candidates)
        report(
            "unknown-identifier",
            "unknown name '\(name)'",
            at: range,
            help: suggested.map { "did you mean '\($0)'?" } ?? "declare it, or check its spelling"
        )
        return Typed(.constant(.error(EvalError("unknown name '\(name)'"))), .dyn)
    }

    private mutating func list(_ elements: [Expr]) -> Typed {
        let checked = elements.map { check($0) }
        let elementType = checked.map(\.type).reduce(nil) { joined, type in joined?.joined(with: type) ?? type }
        return Typed(.list(checked.map(\.expr)), .list(elementType ?? .dyn))
    }

    private mutating func map(_ entries: [(key: Expr, value: Expr)]) -> Typed {
        var checked: [(key: CheckedExpr, value: CheckedExpr)] = []
        var keyType: ExprType?
        var valueType: ExprType?
        for entry in entries {
            let key = check(entry.key)
            let value = check(entry.value)
            switch key.type.erasingEnumeration {
            case .int, .uint, .bool, .string, .dyn: break
            default: report("type-mismatch", "a map key cannot be of type '\(key.type)'", at: entry.key.range)
            }
            keyType = keyType?.joined(with: key.type) ?? key.type
            valueType = valueType?.joined(with: value.type) ?? value.type
            checked.append((key.expr, value.expr))
        }
        return Typed(.map(checked), .map(key: keyType ?? .dyn, value: valueType ?? .dyn))
    }

    private mutating func conditional(_ condition: Expr, _ then: Expr, _ otherwise: Expr) -> Typed {
        let test = check(condition)
        expect(test, isBool: condition, what: "the condition of '?:'")
        let lhs = check(then)
        let rhs = check(otherwise)
        return Typed(.conditional(test.expr, lhs.expr, rhs.expr), lhs.type.joined(with: rhs.type))
    }

    mutating func expect(_ typed: Typed, isBool expr: Expr, what: String) {
        guard typed.type != .bool, typed.type != .dyn else { return }
        report("type-mismatch", "\(what) must be a bool, not '\(typed.type)'", at: expr.range)
    }
}

/// The CEL type names usable as type values (`type(x) == int`).
enum TypeNames {
    static let all: Set<String> = [
        "int", "uint", "double", "bool", "string", "bytes", "list", "map", "null_type", "type",
    ]
    static let qualified: Set<String> = ["google.protobuf.Timestamp", "google.protobuf.Duration"]
}

extension Literal {
    var value: Value {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .uint(let value): .uint(value)
        case .double(let value): .double(value)
        case .string(let value): .string(value)
        case .bytes(let value): .bytes(value)
        }
    }

    var type: ExprType {
        switch self {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .uint: .uint
        case .double: .double
        case .string: .string
        case .bytes: .bytes
        }
    }
}
