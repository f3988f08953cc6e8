import JalurExpression
import JalurModel

/// Evaluates one resident's conditions with compiled expressions over a bound ``Activation``.
struct PlanProbe: ConditionProbe {
    let compiled: CompiledWorkflow
    let activation: Activation
    let facts: ObjectValue
    /// Where outcomes of conditions on the facts alone are remembered, when the evaluator carries them.
    var factOnlyOutcomes: FactOnlyOutcomes? = nil

    func outcome(of condition: ConditionRef) -> ConditionOutcome {
        guard let index = compiled.index(of: condition) else { return .holds }
        guard let remembered = factOnlyOutcomes, remembered.isFactOnly[index] else { return evaluate(index) }
        if let outcome = remembered.outcomes[index] { return outcome }
        let outcome = evaluate(index)
        remembered.outcomes[index] = outcome
        return outcome
    }

    private func evaluate(_ index: Int) -> ConditionOutcome {
        let activation = activation
        let parts = compiled.conditions[index].parts
        return compiled.expressions.withUnsafeBufferPointer { expressions in
            ConditionOutcome.conjunction(parts) { expressions[$0].evaluate(activation) }
        }
    }

    func dayLimit(_ limit: ConditionRef) -> DayLimitOutcome {
        let stage: CompiledStage
        let name: String
        switch limit {
        case .minDays(let index): (stage, name) = (compiled.stages[index], "min_days")
        case .maxDays(let index): (stage, name) = (compiled.stages[index], "max_days")
        default: return .none
        }
        switch name == "min_days" ? stage.minDays : stage.maxDays {
        case .none: return .none
        case .constant(let days): return .days(days)
        case .expression(let index):
            let part = compiled.conditions[index].parts.lowerBound
            return DayLimitOutcome.from(compiled.expressions[part].evaluate(activation), name: name)
        }
    }

    func absentFacts(of condition: ConditionRef) -> [String] {
        guard let index = compiled.index(of: condition) else { return [] }
        return compiled.conditions[index].pathIndices.compactMap { path in
            compiled.paths[path].isAbsent(in: facts) ? compiled.paths[path].text : nil
        }
    }

    func evidence(of conditions: [ConditionRef]) -> [Evidence] {
        var indices: [Int] = []
        for condition in conditions {
            if let index = compiled.index(of: condition) { indices += compiled.conditions[index].pathIndices }
        }
        if conditions.count > 1 {
            indices.sort()
            indices = indices.enumerated().compactMap { $0 > 0 && indices[$0 - 1] == $1 ? nil : $1 }
        }
        var evidence: [Evidence] = []
        evidence.reserveCapacity(indices.count)
        for index in indices {
            let path = compiled.paths[index]
            guard let value = path.value(in: facts) else { continue }
            evidence.append(Evidence(path: path.text, json: ValueJSON.text(value)))
        }
        return evidence
    }

    func text(of condition: ConditionRef) -> String {
        if let index = compiled.index(of: condition) { return compiled.conditions[index].text }
        switch condition {
        case .minDays(let stage): if case .constant(let days) = compiled.stages[stage].minDays { return String(days) }
        case .maxDays(let stage): if case .constant(let days) = compiled.stages[stage].maxDays { return String(days) }
        default: break
        }
        return ""
    }
}
