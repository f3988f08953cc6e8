/// The values of an environment's variables for one evaluation (one resident on one day).
///
/// Variables live in slots (see ``VariableSlot``). A slot is unbound, bound to a value, or bound lazily to a
/// ``CompiledExpression`` that is evaluated on first read and then remembered until ``reset()`` — the
/// engine binds derived names this way — or, for one evaluation, to a closure that builds a costly value on
/// first read. Reading a bound slot does not allocate.
///
/// Not thread-safe: use one activation per task. Reuse it across residents with ``reset()``.
public final class Activation {
    private enum State: UInt8 {
        case unbound, bound, pending, evaluating
    }

    private let names: [String]
    /// The number of slots.
    private let count: Int
    // Slot storage lives in buffers allocated once: reading a slot then needs neither a bounds-checked
    // array access nor a dynamic exclusivity check, which keeps the hot path to a few loads.
    private let values: UnsafeMutablePointer<Value>
    private let states: UnsafeMutablePointer<State>
    /// What ``reset()`` returns each slot to: `pending` for lazy bindings, else `unbound`.
    private let resetStates: UnsafeMutablePointer<State>
    /// What computes each lazily bound slot.
    private var lazyValues: [Evaluator?]
    /// Comprehension variables, by local index; grown on demand.
    private(set) var locals: [Value] = []
    /// How many lazy bindings have been evaluated since creation (for tests of at-most-once evaluation).
    private(set) var lazyEvaluationCount = 0

    /// Creates an activation with every variable of `environment` unbound.
    public init(environment: ExprEnvironment) {
        names = environment.variables.map(\.name)
        count = names.count
        values = .allocate(capacity: max(1, count))
        values.initialize(repeating: .null, count: count)
        states = .allocate(capacity: max(1, count))
        states.initialize(repeating: .unbound, count: count)
        resetStates = .allocate(capacity: max(1, count))
        resetStates.initialize(repeating: .unbound, count: count)
        lazyValues = Array(repeating: nil, count: count)
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
        states.deinitialize(count: count)
        states.deallocate()
        resetStates.deinitialize(count: count)
        resetStates.deallocate()
    }

    /// Binds a variable to a value.
    ///
    /// - Parameters:
    ///   - slot: The variable's slot from ``ExprEnvironment/declare(_:type:isFactRoot:)``.
    ///   - value: Its value for this evaluation.
    public func bind(_ slot: VariableSlot, to value: Value) {
        guard slot.index >= 0, slot.index < count else { return }
        values[slot.index] = value
        states[slot.index] = .bound
        resetStates[slot.index] = .unbound
        lazyValues[slot.index] = nil
    }

    /// Binds a variable to an expression evaluated on first read, at most once until ``reset()``.
    ///
    /// - Parameters:
    ///   - slot: The variable's slot.
    ///   - expression: The expression that computes it, compiled against the same environment.
    public func bindLazily(_ slot: VariableSlot, to expression: CompiledExpression) {
        guard slot.index >= 0, slot.index < count else { return }
        lazyValues[slot.index] = expression.evaluator
        states[slot.index] = .pending
        resetStates[slot.index] = .pending
    }

    /// Binds a variable, for this evaluation only, to a value computed on its first read.
    ///
    /// ``reset()`` unbinds it. For values that are costly to build and often not read.
    ///
    /// - Parameters:
    ///   - slot: The variable's slot.
    ///   - compute: Computes the value, at most once.
    public func bindLazily(_ slot: VariableSlot, compute: @escaping @Sendable (Activation) -> Value) {
        guard slot.index >= 0, slot.index < count else { return }
        values[slot.index] = .null
        lazyValues[slot.index] = compute
        states[slot.index] = .pending
        resetStates[slot.index] = .unbound
    }

    /// Forgets lazily computed values (they are computed again on next read) and unbinds every plain value.
    public func reset() {
        states.update(from: resetStates, count: count)
        for index in 0..<count { values[index] = .null }
    }

    /// The value of a variable if it is bound or has been computed; `nil` when unbound or not yet computed.
    public func computedValue(at slot: VariableSlot) -> Value? {
        guard slot.index >= 0, slot.index < count, states[slot.index] == .bound else { return nil }
        return values[slot.index]
    }

    /// Gives a lazily bound variable its value for this evaluation, as if it had been computed (for a value
    /// remembered from an earlier evaluation of the same inputs); ``reset()`` makes it pending again.
    ///
    /// - Parameters:
    ///   - slot: A slot bound with ``bindLazily(_:to:)``; other slots are left alone.
    ///   - value: Its value.
    public func fill(_ slot: VariableSlot, with value: Value) {
        guard slot.index >= 0, slot.index < count, states[slot.index] == .pending else { return }
        values[slot.index] = value
        states[slot.index] = .bound
    }

    /// The value of a variable; an unbound variable reads as an error value.
    public func value(at slot: VariableSlot) -> Value { read(slot.index) }

    /// The value in slot `index`, evaluating a lazy binding on first read.
    @inline(__always)
    func read(_ index: Int) -> Value {
        if UInt(bitPattern: index) < UInt(count), states[index] == .bound { return values[index] }
        return readSlowly(index)
    }

    /// Field `slot` of the object in variable slot `index`, read in place without copying the object.
    @inline(__always)
    func readField(_ index: Int, slot: Int, missing: EvalError) -> Value {
        if UInt(bitPattern: index) < UInt(count), states[index] == .bound, case .object(let object) = values[index],
            slot < object.fields.count
        {
            return object.fields[slot] ?? .error(missing)
        }
        return Compiler.readField(read(index), slot: slot, missing: missing)
    }

    private func readSlowly(_ index: Int) -> Value {
        guard index >= 0, index < count else { return .error(EvalError("unbound variable")) }
        switch states[index] {
        case .bound:
            return values[index]
        case .unbound:
            return .error(EvalError("no value bound for '\(names[index])'"))
        case .evaluating:
            return .error(EvalError("'\(names[index])' is defined in terms of itself"))
        case .pending:
            guard let compute = lazyValues[index] else { return .error(EvalError("unbound variable")) }
            states[index] = .evaluating
            lazyEvaluationCount += 1
            let value = compute(self)
            values[index] = value
            states[index] = .bound
            return value
        }
    }

    /// Sets a comprehension variable and returns its previous value, so nested evaluations can restore it.
    @inline(__always)
    func setLocal(_ index: Int, to value: Value) -> Value {
        if index >= locals.count { locals.append(contentsOf: repeatElement(.null, count: index + 1 - locals.count)) }
        let previous = locals[index]
        locals[index] = value
        return previous
    }

    @inline(__always)
    func local(_ index: Int) -> Value { index < locals.count ? locals[index] : .null }

    func restoreLocal(_ index: Int, to value: Value) { locals[index] = value }
}
