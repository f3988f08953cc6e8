/// Outcomes of the conditions that depend on the facts alone, remembered between evaluations of the same
/// facts (the stage, dates and referrals may differ).
///
/// A condition depends on the facts alone when every part reads only `resident` and derived names that depend
/// on the facts alone (``FactOnlyDerived``). An evaluator keeps one per workflow and reuses its buffer.
final class FactOnlyOutcomes {
    /// Parallel to ``CompiledWorkflow/conditions``: whether the condition depends on the facts alone.
    let isFactOnly: [Bool]
    /// Parallel to ``CompiledWorkflow/conditions``: the outcomes known so far.
    var outcomes: [ConditionOutcome?]

    init(isFactOnly: [Bool]) {
        self.isFactOnly = isFactOnly
        self.outcomes = Array(repeating: nil, count: isFactOnly.count)
    }

    /// Forgets every outcome, or starts from `earlier` ones (remembered for the same facts).
    func start(from earlier: [ConditionOutcome?]?) {
        if let earlier, earlier.count == isFactOnly.count {
            outcomes = earlier
        } else {
            // A fresh buffer: the last one is usually shared with a fingerprint, and clearing it would copy it.
            outcomes = Array(repeating: nil, count: isFactOnly.count)
        }
    }
}
