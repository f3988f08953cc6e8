/// Names one condition of a workflow: a rule's `when`, a stage's criterion or branch, or a day limit.
enum ConditionRef: Hashable, Sendable {
    /// The rule at this index of ``Program/rules``.
    case rule(Int)
    /// Exit criterion `index` of stage `stage`.
    case criterion(stage: Int, index: Int)
    /// Branch `index` of stage `stage`.
    case branch(stage: Int, index: Int)
    /// The `min_days` of stage `stage`.
    case minDays(stage: Int)
    /// The `max_days` of stage `stage`.
    case maxDays(stage: Int)
}
