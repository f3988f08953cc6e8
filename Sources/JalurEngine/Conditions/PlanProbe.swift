import JalurExpression
import JalurModel

/// Evaluates one resident's conditions with compiled expressions over a bound ``Activation``.
struct PlanProbe: ConditionProbe {
    let compiled: CompiledWorkflow
    let activation: Activation
    let facts: ObjectValue

    func outcome(of condition: ConditionRef) -> ConditionOutcome {
        guard let compiledCondition = compiled.condition(condition) else { return .holds }
        let activation = activation
        return ConditionOutcome.conjunction(compiledCondition.parts) { $0.evaluate(activation) }
    }

    func dayLimit(_ limit: ConditionRef) -> DayLimitOutcome {
        guard let compiledLimit = compiled.limit(limit) else { return .none }
        switch compiledLimit.form {
        case .none: return .none
        case .constant(let days): return .days(days)
        case .expression(let expression):
            let name = if case .minDays = limit { "min_days" } else { "max_days" }
            return DayLimitOutcome.from(expression.evaluate(activation), name: name)
        }
    }

    func absentFacts(of condition: ConditionRef) -> [String] {
        compiled.pathIndices(condition).compactMap { index in
            compiled.paths[index].isAbsent(in: facts) ? compiled.paths[index].text : nil
        }
    }

    func evidence(of conditions: [ConditionRef]) -> [Evidence] {
        var indices: [Int] = []
        for condition in conditions { indices += compiled.pathIndices(condition) }
        if conditions.count > 1 { indices = Array(Set(indices)).sorted() }
        return indices.compactMap { index in
            compiled.paths[index].value(in: facts).map { Evidence(path: compiled.paths[index].text, json: ValueJSON.text($0)) }
        }
    }

    func text(of condition: ConditionRef) -> String {
        compiled.condition(condition)?.text ?? compiled.limit(condition)?.text ?? ""
    }
}
