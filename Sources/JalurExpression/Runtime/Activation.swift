/// The values of an environment's variables for one evaluation (one resident on one day).
///
/// Not thread-safe: use one activation per task. Reuse it across residents with ``reset()``.
public final class Activation {
    /// Creates an activation with every variable unbound.
    public init(environment: ExprEnvironment) {}

    /// Binds a variable to a value.
    public func bind(_ slot: VariableSlot, to value: Value) {}

    /// Binds a variable to an expression evaluated on first read, at most once until ``reset()``.
    public func bindLazily(_ slot: VariableSlot, to expression: CompiledExpression) {}

    /// Unbinds every variable and forgets lazily computed values.
    public func reset() {}

    /// The value of a variable; an unbound variable reads as an error value.
    public func value(at slot: VariableSlot) -> Value { .error(EvalError("unbound variable")) }
}
