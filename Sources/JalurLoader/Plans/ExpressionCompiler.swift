import JalurDiagnostics
import JalurExpression
import JalurModel

/// Compiles expressions in one environment, reporting each problem at its position inside the YAML file.
struct ExpressionCompiler {
    /// The environment expressions are compiled in.
    var environment: ExprEnvironment
    let diagnostics: DiagnosticCollector
    /// Fact paths of each derived name by slot, including those read through other derived names.
    var derivedFactPaths: [VariableSlot: [String]] = [:]

    /// Compiles one expression.
    ///
    /// - Parameters:
    ///   - source: The expression and its positions.
    ///   - expected: The result type the expression must have (`dyn` results are accepted), or `nil` for any.
    ///   - role: What the expression is, for messages (`a condition`, `'min_days'`).
    /// - Returns: The compiled expression, or `nil` when it has problems (all reported).
    func compile(_ source: ExpressionSource, expecting expected: ExprType?, role: String) -> CompiledExpression? {
        let compiled: CompiledExpression
        do {
            compiled = try environment.compile(source.text)
        } catch {
            report(error.issues, in: source)
            return nil
        }
        if let expected, compiled.type != expected, compiled.type != .dyn {
            diagnostics.error(
                "expression-type",
                "\(role) must give \(TypeNames.describe(expected)), but this expression gives "
                    + TypeNames.describe(compiled.type),
                at: source.location,
                help: expected == .bool ? "compare the value, for example 'resident.age >= 18'" : nil
            )
            return nil
        }
        return compiled
    }

    /// Every fact path `expression` reads, directly or through derived names, sorted and unique.
    func factPaths(of expressions: [CompiledExpression]) -> [String] {
        var paths = Set<String>()
        for expression in expressions {
            paths.formUnion(expression.factPaths)
            for slot in expression.variables { paths.formUnion(derivedFactPaths[slot] ?? []) }
        }
        return paths.sorted()
    }

    /// Compiles every part of a condition; `nil` when any part has problems.
    func compile(_ condition: Condition) -> ConditionPlan? {
        let parts = condition.parts.map { compile($0, expecting: .bool, role: "a condition") }
        let compiled = parts.compactMap { $0 }
        guard compiled.count == parts.count else { return nil }
        return ConditionPlan(parts: compiled, factPaths: factPaths(of: compiled))
    }

    /// Compiles `min_days` or `max_days`; `.none` when absent, `nil` inside when it has problems.
    func compile(_ limit: DayLimit?, key: String) -> (plan: DayLimitPlan?, isValid: Bool) {
        switch limit {
        case nil: return (nil, true)
        case .constant(let days): return (.constant(days.value), true)
        case .expression(let source):
            guard let compiled = compile(source, expecting: .int, role: "'\(key)'") else { return (nil, false) }
            return (.expression(compiled, factPaths: factPaths(of: [compiled])), true)
        }
    }

    private func report(_ issues: [ExprIssue], in source: ExpressionSource) {
        for issue in issues {
            diagnostics.error(
                issue.code,
                issue.message,
                at: source.location(ofOffset: issue.offset),
                help: issue.help
            )
        }
    }
}

/// Short names of expression types for messages.
enum TypeNames {
    /// A short name of `type` for messages, such as `an int` or `a list`.
    static func describe(_ type: ExprType) -> String {
        switch type {
        case .dyn: return "dyn"
        case .null: return "null"
        case .bool: return "a bool"
        case .int: return "an int"
        case .uint: return "a uint"
        case .double: return "a double"
        case .string: return "a string"
        case .bytes: return "bytes"
        case .timestamp: return "a timestamp"
        case .duration: return "a duration"
        case .type: return "a type"
        case .enumeration(let enumeration): return "a value of '\(enumeration.name)'"
        case .list: return "a list"
        case .map: return "a map"
        case .object(let object): return "a record '\(object.name)'"
        }
    }
}
