import JalurExpression

/// Answers questions about one resident's conditions; the decision logic asks, the probe evaluates.
///
/// ``PlanProbe`` evaluates compiled expressions; tests substitute a table of outcomes.
protocol ConditionProbe {
    /// The outcome of a rule's, criterion's or branch's condition.
    func outcome(of condition: ConditionRef) -> ConditionOutcome
    /// The value of a stage's `min_days` or `max_days`.
    func dayLimit(_ limit: ConditionRef) -> DayLimitOutcome
    /// The fact paths `condition` reads (directly or through derived names) that are absent, sorted.
    func absentFacts(of condition: ConditionRef) -> [String]
    /// The present fact values the conditions read, by path, sorted and unique.
    func evidence(of conditions: [ConditionRef]) -> [Evidence]
    /// The condition as written, parts joined with `&&`.
    func text(of condition: ConditionRef) -> String
}
