import JalurModel

/// The ids a test may name, by what they name, sorted for suggestions.
struct KnownIDs: Sendable {
    let services: [String]
    let stages: [String]
    let rules: [String]
    /// Alert rule ids, `overdue`, and the alert levels.
    let alerts: [String]
    /// Exit criterion ids and `min-days`.
    let criteria: [String]
    /// Rule, criterion and branch ids, `overdue` and `min-days`.
    let conditions: [String]

    init(program: Program) {
        services = Self.sorted(program.services.map(\.id.value))
        let stageList = program.workflows.flatMap(\.stages)
        stages = Self.sorted(stageList.map(\.id.value))
        rules = Self.sorted(program.rules.map(\.id.value))
        let alertRules = program.rules.filter { if case .alert = $0.action { true } else { false } }.map(\.id.value)
        alerts = Self.sorted(alertRules + ["overdue"] + AlertLevel.allCases.map(\.rawValue))
        let criterionIDs = stageList.flatMap(\.exitCriteria).map(\.id.value)
        criteria = Self.sorted(criterionIDs + ["min-days"])
        let branchIDs = stageList.flatMap(\.branches).map(\.id.value)
        conditions = Self.sorted(rules + criterionIDs + branchIDs + ["overdue", "min-days"])
    }

    private static func sorted(_ ids: [String]) -> [String] { Array(Set(ids)).sorted() }
}
