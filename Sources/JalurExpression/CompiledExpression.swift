/// An expression parsed, checked and compiled once, ready to evaluate many times.
public struct CompiledExpression: Sendable {
    /// The expression text as written.
    public let source: String
    /// The static result type.
    public let type: ExprType
    /// Every fact path the expression reads through a fact root, sorted and unique.
    ///
    /// Paths are schema paths without list indices (`resident.family.conflict_level`,
    /// `resident.substances.assist_score`), including paths inside `has()`. A path is left out when a
    /// longer listed path extends it (`resident.family` when `resident.family.conflict_level` is listed).
    public let factPaths: [String]
    /// Every declared variable the expression reads (for example derived names), sorted by slot; `days_since`
    /// and `days_until` read `today` when it is declared.
    public let variables: [VariableSlot]
    /// Whether the expression reads the machine's current date: `days_since` or `days_until` when no `today`
    /// variable is declared.
    public let readsClock: Bool
    /// The compiled closures.
    let evaluator: Evaluator

    init(
        source: String,
        type: ExprType,
        factPaths: [String],
        variables: [VariableSlot],
        readsClock: Bool,
        evaluator: @escaping Evaluator
    ) {
        self.source = source
        self.type = type
        self.factPaths = factPaths
        self.variables = variables
        self.readsClock = readsClock
        self.evaluator = evaluator
    }

    /// Evaluates against the values bound in `activation`.
    ///
    /// - Returns: the value; a run-time error is a ``Value/error(_:)`` value, never a thrown error.
    @inline(__always)
    public func evaluate(_ activation: Activation) -> Value {
        evaluator(activation)
    }
}
