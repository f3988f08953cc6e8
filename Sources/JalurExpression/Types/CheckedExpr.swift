/// A type-checked expression: names resolved to slots, fields to slot indices, calls to functions.
///
/// The checker builds it from an ``Expr``; the compiler turns it into closures. Its height is bounded by
/// the parser's nesting limit.
final class CheckedExpr {
    /// The resolved operation.
    enum Node {
        case constant(Value)
        /// A declared variable read from the activation.
        case variable(slot: Int)
        /// A comprehension variable, by its local index.
        case local(Int)
        /// An object field with a static slot; `missing` is the error reported when it is absent.
        case field(CheckedExpr, slot: Int, missing: EvalError)
        /// A map key or a field of a `dyn` value, looked up by name at run time.
        case dynamicSelect(CheckedExpr, field: String, factPath: String?)
        /// `has(operand.field)`; `slot` is set when the operand is a known object type.
        case presence(CheckedExpr, field: String, slot: Int?)
        case index(CheckedExpr, CheckedExpr)
        case list([CheckedExpr])
        case map([(key: CheckedExpr, value: CheckedExpr)])
        case not(CheckedExpr)
        case negate(CheckedExpr)
        case and(CheckedExpr, CheckedExpr)
        case or(CheckedExpr, CheckedExpr)
        /// Arithmetic, comparison, equality and `in`.
        case binary(BinaryOperator, CheckedExpr, CheckedExpr)
        case conditional(CheckedExpr, CheckedExpr, CheckedExpr)
        case call(Function, [CheckedExpr])
        case comprehension(CheckedComprehension)
    }

    let node: Node
    let type: ExprType

    init(_ node: Node, _ type: ExprType) {
        self.node = node
        self.type = type
    }

    /// The constant value, when the node is one.
    var constant: Value? {
        if case .constant(let value) = node { return value }
        return nil
    }
}

/// A macro with its variable resolved to a local index.
struct CheckedComprehension {
    let macro: Comprehension.Macro
    let range: CheckedExpr
    let local: Int
    let body: CheckedExpr
    let filter: CheckedExpr?
}
