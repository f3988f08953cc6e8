/// The variables an expression may use, and the entry point that compiles expressions against them.
///
/// Declare every variable first, then call ``compile(_:checksTypes:)`` once per expression at load time.
public struct ExprEnvironment: Sendable {
    /// One declared variable.
    public struct Variable: Hashable, Sendable {
        /// The identifier used in expressions.
        public let name: String
        /// Its static type.
        public let type: ExprType
        /// Whether field paths read through it are facts (`resident`), reported as missing when absent.
        public let isFactRoot: Bool
    }

    /// The declared variables; a variable's position is its ``VariableSlot/index``.
    public private(set) var variables: [Variable] = []

    /// Creates an empty environment.
    public init() {}

    /// Declares a variable, or redeclares it with a new type, and returns its slot.
    @discardableResult
    public mutating func declare(_ name: String, type: ExprType, isFactRoot: Bool = false) -> VariableSlot {
        let variable = Variable(name: name, type: type, isFactRoot: isFactRoot)
        if let existing = slot(of: name) {
            variables[existing.index] = variable
            return existing
        }
        variables.append(variable)
        return VariableSlot(index: variables.count - 1)
    }

    /// The slot of the variable called `name`, if declared.
    public func slot(of name: String) -> VariableSlot? {
        variables.firstIndex { $0.name == name }.map(VariableSlot.init(index:))
    }

    /// Parses, type-checks and compiles `source`.
    ///
    /// - Parameters:
    ///   - source: The expression text.
    ///   - checksTypes: When `false`, operand type mismatches (`type-mismatch`) are left to run time, as CEL
    ///     does without its checker: `false && 32` is then `false` and `1 + 'a'` an error value. Unknown
    ///     names, fields and functions, enum values and patterns are still compile errors. `jalur eval`
    ///     compiles this way; program files always check types.
    /// - Returns: The compiled expression, ready to evaluate many times.
    /// - Throws: ``ExprCompileError`` listing every problem found, with positions inside `source`.
    public func compile(_ source: String, checksTypes: Bool = true) throws(ExprCompileError) -> CompiledExpression {
        let expr: Expr
        do {
            expr = try Parser.parse(source)
        } catch {
            throw ExprCompileError(issues: [error.issue])
        }
        var checker = Checker(environment: self)
        let checked = checker.check(expr)
        let issues = checker.issues.filter { checksTypes || $0.code != "type-mismatch" }
        guard issues.isEmpty else {
            throw ExprCompileError(issues: issues.sorted { ($0.offset, $0.code) < ($1.offset, $1.code) })
        }
        let compiled = Compiler.compile(checked.expr)
        return CompiledExpression(
            source: source,
            type: checked.type,
            factPaths: checker.leafFactPaths,
            variables: checker.variableSlots.sorted().map(VariableSlot.init(index:)),
            readsClock: checker.readsClock,
            evaluator: compiled.evaluate
        )
    }
}

/// The position of a declared variable in an ``Activation``.
public struct VariableSlot: Hashable, Sendable {
    /// 0-based index into ``ExprEnvironment/variables``.
    public let index: Int

    /// Creates a slot.
    public init(index: Int) { self.index = index }
}
