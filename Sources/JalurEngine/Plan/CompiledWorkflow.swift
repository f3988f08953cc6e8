import JalurExpression
import JalurModel

/// A condition ready to evaluate: compiled parts and the indices of the fact paths it reads.
struct CompiledCondition: Sendable {
    let parts: [CompiledExpression]
    /// Indices into ``CompiledWorkflow/paths``, ascending (so in path order).
    let pathIndices: [Int]
    /// The condition as written, parts joined with ` && ` (parenthesised when they contain `||` or `?`).
    let text: String
}

/// A workflow's ``WorkflowPlan`` arranged for the engine: every fact path resolved once, every condition
/// pointing at its paths by index.
struct CompiledWorkflow: Sendable {
    let plan: WorkflowPlan
    /// Every fact path any condition reads, sorted by text.
    let paths: [FactPath]
    /// Parallel to ``Program/rules``.
    let rules: [CompiledCondition]
    /// Parallel to the workflow's stages.
    let stages: [CompiledStage]

    /// Arranges `plan`; `nil` when the plan does not line up with the model (it came from another program).
    init?(plan: WorkflowPlan, workflow: Workflow, rules: [Rule]) {
        guard plan.rules.count == rules.count, plan.stages.count == workflow.stages.count,
            zip(plan.stages, workflow.stages).allSatisfy({
                $0.exitCriteria.count == $1.exitCriteria.count && $0.branches.count == $1.branches.count
            })
        else { return nil }
        let rootName = plan.environment.variables.first { $0.isFactRoot }?.name ?? "resident"
        var texts = Set<String>()
        for condition in plan.rules { texts.formUnion(condition.factPaths) }
        for stage in plan.stages {
            for condition in stage.exitCriteria + stage.branches { texts.formUnion(condition.factPaths) }
            for limit in [stage.minDays, stage.maxDays] {
                if case .expression(_, let factPaths)? = limit { texts.formUnion(factPaths) }
            }
        }
        let sorted = texts.sorted()
        var index: [String: Int] = [:]
        for (position, text) in sorted.enumerated() { index[text] = position }
        self.plan = plan
        self.paths = sorted.map { FactPath($0, rootName: rootName, rootType: plan.residentType) }
        func compile(_ condition: ConditionPlan) -> CompiledCondition {
            CompiledCondition(
                parts: condition.parts,
                pathIndices: condition.factPaths.compactMap { index[$0] }.sorted(),
                text: Self.text(of: condition.parts.map(\.source))
            )
        }
        self.rules = plan.rules.map(compile)
        self.stages = plan.stages.map { stage in
            CompiledStage(
                minDays: CompiledLimit(stage.minDays, index: index),
                maxDays: CompiledLimit(stage.maxDays, index: index),
                criteria: stage.exitCriteria.map(compile),
                branches: stage.branches.map(compile)
            )
        }
    }

    /// The condition `reference` names; `nil` for limits.
    func condition(_ reference: ConditionRef) -> CompiledCondition? {
        switch reference {
        case .rule(let index): rules[index]
        case .criterion(let stage, let index): stages[stage].criteria[index]
        case .branch(let stage, let index): stages[stage].branches[index]
        case .minDays, .maxDays: nil
        }
    }

    /// The limit `reference` names; `nil` for conditions.
    func limit(_ reference: ConditionRef) -> CompiledLimit? {
        switch reference {
        case .minDays(let stage): stages[stage].minDays
        case .maxDays(let stage): stages[stage].maxDays
        default: nil
        }
    }

    /// The path indices a condition or limit reads.
    func pathIndices(_ reference: ConditionRef) -> [Int] {
        condition(reference)?.pathIndices ?? limit(reference)?.pathIndices ?? []
    }

    static func text(of parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "true" }
        return parts.map { part in
            part.contains("||") || part.contains("?") || part.contains(" or ") ? "(\(part))" : part
        }.joined(separator: " && ")
    }
}

/// A compiled stage: its limits, criteria and branches.
struct CompiledStage: Sendable {
    let minDays: CompiledLimit
    let maxDays: CompiledLimit
    let criteria: [CompiledCondition]
    let branches: [CompiledCondition]
}

/// A compiled `min_days` or `max_days`.
struct CompiledLimit: Sendable {
    enum Form: Sendable {
        case none
        case constant(Int)
        case expression(CompiledExpression)
    }

    let form: Form
    let pathIndices: [Int]
    let text: String

    init(_ plan: DayLimitPlan?, index: [String: Int]) {
        switch plan {
        case nil:
            form = .none
            pathIndices = []
            text = ""
        case .constant(let days)?:
            form = .constant(days)
            pathIndices = []
            text = String(days)
        case .expression(let expression, let factPaths)?:
            form = .expression(expression)
            pathIndices = factPaths.compactMap { index[$0] }.sorted()
            text = expression.source
        }
    }
}
