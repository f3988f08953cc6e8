import JalurExpression
import JalurModel

/// One condition or day limit, pointing into ``CompiledWorkflow/expressions`` and ``CompiledWorkflow/paths``.
struct CompiledCondition: Sendable {
    /// Its parts in ``CompiledWorkflow/expressions`` (joined with CEL `&&`).
    let parts: Range<Int>
    /// Indices into ``CompiledWorkflow/paths``, ascending (so in path order).
    let pathIndices: [Int]
    /// The condition as written, parts joined with ` && ` (parenthesised when they contain `||` or `?`).
    let text: String
}

/// A stage's `min_days` or `max_days`, compiled.
enum CompiledLimit: Sendable {
    case none
    case constant(Int)
    /// The index of its ``CompiledCondition`` (one part).
    case expression(Int)
}

/// Where a stage's conditions sit in ``CompiledWorkflow/conditions``.
struct CompiledStage: Sendable {
    let criteriaStart: Int
    let branchesStart: Int
    let minDays: CompiledLimit
    let maxDays: CompiledLimit
}

/// A workflow's ``WorkflowPlan`` laid out flat for the engine: every expression in one array, every
/// condition a range of it plus the indices of the fact paths it reads, every fact path resolved once.
///
/// Evaluating a condition then touches only integers and the expressions themselves: no copies of
/// arrays or strings per condition.
final class CompiledWorkflow: Sendable {
    let plan: WorkflowPlan
    /// Every fact path any condition reads, sorted by text.
    let paths: [FactPath]
    /// Every compiled expression: condition parts and day-limit expressions.
    let expressions: [CompiledExpression]
    /// Rules first (same index as ``Program/rules``), then each stage's criteria and branches and limits.
    let conditions: [CompiledCondition]
    /// Parallel to the workflow's stages.
    let stages: [CompiledStage]
    /// Parallel to ``conditions``: whether the condition reads the evaluation date (``DateSensitivity``).
    let readsDate: [Bool]
    /// Slots of the derived names that depend on the facts alone (``FactOnlyDerived``).
    let factOnlyDerived: [VariableSlot]
    /// Parallel to ``conditions``: whether every part depends on the facts alone (``FactOnlyOutcomes``).
    let isFactOnly: [Bool]

    /// Lays out `plan`; `nil` when the plan does not line up with the model (it came from another program).
    init?(plan: WorkflowPlan, workflow: Workflow, rules: [Rule]) {
        guard plan.rules.count == rules.count, plan.stages.count == workflow.stages.count,
            zip(plan.stages, workflow.stages).allSatisfy({
                $0.exitCriteria.count == $1.exitCriteria.count && $0.branches.count == $1.branches.count
            })
        else { return nil }
        var layout = Layout(plan: plan)
        for condition in plan.rules { layout.add(condition.parts, factPaths: condition.factPaths) }
        var stages: [CompiledStage] = []
        for stage in plan.stages {
            let criteriaStart = layout.conditions.count
            for condition in stage.exitCriteria { layout.add(condition.parts, factPaths: condition.factPaths) }
            let branchesStart = layout.conditions.count
            for condition in stage.branches { layout.add(condition.parts, factPaths: condition.factPaths) }
            stages.append(
                CompiledStage(
                    criteriaStart: criteriaStart,
                    branchesStart: branchesStart,
                    minDays: layout.add(stage.minDays),
                    maxDays: layout.add(stage.maxDays)
                )
            )
        }
        self.plan = plan
        self.paths = layout.pathTexts.map { FactPath($0, rootName: layout.rootName, rootType: plan.residentType) }
        self.expressions = layout.expressions
        self.conditions = layout.conditions
        self.stages = stages
        let factOnly = FactOnlyDerived(plan: plan)
        self.factOnlyDerived = factOnly.slots
        self.isFactOnly = layout.conditions.map { condition in
            layout.expressions[condition.parts].allSatisfy { factOnly.isFactOnly($0) }
        }
        let sensitivity = DateSensitivity(plan: plan)
        self.readsDate = layout.conditions.map { condition in
            layout.expressions[condition.parts].contains { sensitivity.readsDate($0) }
        }
    }

    /// The index in ``conditions`` of a rule, criterion, branch or expression limit; `nil` for a
    /// constant or absent limit.
    func index(of reference: ConditionRef) -> Int? {
        switch reference {
        case .rule(let index): index
        case .criterion(let stage, let index): stages[stage].criteriaStart + index
        case .branch(let stage, let index): stages[stage].branchesStart + index
        case .minDays(let stage): if case .expression(let index) = stages[stage].minDays { index } else { nil }
        case .maxDays(let stage): if case .expression(let index) = stages[stage].maxDays { index } else { nil }
        }
    }

    /// The text of conditions' parts joined with ` && `, parenthesising parts with `||`, `or` or `?`.
    static func text(of parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "true" }
        return parts.map { part in
            part.contains("||") || part.contains("?") || part.contains(" or ") ? "(\(part))" : part
        }.joined(separator: " && ")
    }

    /// Accumulates the flat arrays while laying out a plan.
    private struct Layout {
        let rootName: String
        let pathTexts: [String]
        let pathIndex: [String: Int]
        var expressions: [CompiledExpression] = []
        var conditions: [CompiledCondition] = []

        init(plan: WorkflowPlan) {
            rootName = plan.environment.variables.first { $0.isFactRoot }?.name ?? StandardVariables.resident
            var texts = Set<String>()
            for condition in plan.rules { texts.formUnion(condition.factPaths) }
            for stage in plan.stages {
                for condition in stage.exitCriteria + stage.branches { texts.formUnion(condition.factPaths) }
                for limit in [stage.minDays, stage.maxDays] {
                    if case .expression(_, let factPaths)? = limit { texts.formUnion(factPaths) }
                }
            }
            pathTexts = texts.sorted()
            var index: [String: Int] = [:]
            for (position, text) in pathTexts.enumerated() { index[text] = position }
            pathIndex = index
        }

        @discardableResult
        mutating func add(_ parts: [CompiledExpression], factPaths: [String]) -> Int {
            let start = expressions.count
            expressions += parts
            conditions.append(
                CompiledCondition(
                    parts: start..<expressions.count,
                    pathIndices: factPaths.compactMap { pathIndex[$0] }.sorted(),
                    text: CompiledWorkflow.text(of: parts.map(\.source))
                )
            )
            return conditions.count - 1
        }

        mutating func add(_ limit: DayLimitPlan?) -> CompiledLimit {
            switch limit {
            case nil: .none
            case .constant(let days)?: .constant(days)
            case .expression(let expression, let factPaths)?: .expression(add([expression], factPaths: factPaths))
            }
        }
    }
}
