/// A node of the parsed expression tree, with its source range.
///
/// A reference type: trees are built once and shared by the checker and compiler. Every node knows its
/// ``height`` so that later passes can rely on the parser's nesting bound.
final class Expr {
    /// The node's shape.
    enum Kind {
        case literal(Literal)
        case identifier(String)
        /// `operand.field`; `fieldOffset` is the position of the field name.
        case select(Expr, field: String, fieldOffset: Int)
        /// `has(operand.field)`.
        case presenceTest(Expr, field: String, fieldOffset: Int)
        case index(Expr, Expr)
        /// A global call `f(args)` or receiver-style call `target.f(args)`.
        case call(target: Expr?, function: String, arguments: [Expr])
        case list([Expr])
        case map([(key: Expr, value: Expr)])
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        case conditional(Expr, Expr, Expr)
        case comprehension(Comprehension)
    }

    let kind: Kind
    /// The node's text, as 0-based Unicode scalar offsets.
    let range: Range<Int>
    /// 1 for a leaf; 1 + the tallest child otherwise.
    let height: Int

    init(_ kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
        self.height = 1 + (kind.children.map(\.height).max() ?? 0)
    }
}

/// A constant written in the expression.
enum Literal: Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
}

/// `!` and unary `-`.
enum UnaryOperator: String {
    case not = "!"
    case negate = "-"
}

/// The binary operators, including the short-circuiting logical ones.
enum BinaryOperator: String {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in` = "in"
    case and = "&&", or = "||"

    var isComparison: Bool {
        switch self {
        case .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }
}

/// An expanded macro (`all`, `exists`, `exists_one`, `map`, `filter`).
struct Comprehension {
    /// Which macro.
    enum Macro: String {
        case all, exists
        case existsOne = "exists_one"
        case map, filter
    }

    let macro: Macro
    let range: Expr
    let variable: String
    let variableOffset: Int
    /// The predicate (`all`, `exists`, `exists_one`, `filter`) or the transform (`map`).
    let body: Expr
    /// The filter of the three-argument `map(x, filter, transform)`.
    let filter: Expr?
}

extension Expr.Kind {
    /// The direct sub-expressions, in source order.
    var children: [Expr] {
        switch self {
        case .literal, .identifier: []
        case .select(let operand, _, _), .presenceTest(let operand, _, _), .unary(_, let operand): [operand]
        case .index(let operand, let index): [operand, index]
        case .call(let target, _, let arguments): (target.map { [$0] } ?? []) + arguments
        case .list(let elements): elements
        case .map(let entries): entries.flatMap { [$0.key, $0.value] }
        case .binary(_, let lhs, let rhs): [lhs, rhs]
        case .conditional(let condition, let then, let otherwise): [condition, then, otherwise]
        case .comprehension(let comprehension):
            [comprehension.range, comprehension.body] + (comprehension.filter.map { [$0] } ?? [])
        }
    }
}
