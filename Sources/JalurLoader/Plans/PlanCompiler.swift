import JalurDiagnostics
import JalurExpression
import JalurModel

/// Compiles every expression of the program: one ``WorkflowPlan`` per workflow whose facts schema exists,
/// with derived names in dependency order, its stages, and every rule of the program.
struct PlanCompiler {
    let program: Program
    let diagnostics: DiagnosticCollector

    /// The plans by workflow id; a workflow with any expression problem (all reported) gets none.
    func plans() -> [String: WorkflowPlan] {
        var plans: [String: WorkflowPlan] = [:]
        var checkedSchemas = Set<String>()
        for workflow in program.workflows {
            guard let schema = program.factsSchema(workflow.facts.value) else { continue }
            checkedSchemas.insert(schema.id.value)
            let stageType = ExprType.enumeration(EnumType(name: "stage", values: workflow.stages.map(\.id.value)))
            if let plan = plan(for: workflow, schema: schema, stageType: stageType), plans[workflow.id.value] == nil {
                plans[workflow.id.value] = plan
            }
        }
        checkUnusedSchemas(except: checkedSchemas)
        return plans
    }

    /// Reports problems in schemas no workflow uses, and in rules when no workflow can be compiled, so that a
    /// folder of rules alone is still checked (with `stage` as a plain string).
    private func checkUnusedSchemas(except checked: Set<String>) {
        for schema in program.facts where !checked.contains(schema.id.value) {
            var compiler = environment(for: schema, stageType: .string).compiler
            _ = compileDerived(schema, into: &compiler)
            if checked.isEmpty { _ = program.rules.map { compiler.compile($0.when) } }
        }
    }

    private func plan(for workflow: Workflow, schema: FactsSchema, stageType: ExprType) -> WorkflowPlan? {
        var (compiler, residentType, slots) = environment(for: schema, stageType: stageType)
        let derived = compileDerived(schema, into: &compiler)
        var isValid = derived != nil
        var stages: [StagePlan] = []
        for stage in workflow.stages {
            let minDays = compiler.compile(stage.minDays, key: "min_days")
            let maxDays = compiler.compile(stage.maxDays, key: "max_days")
            let criteria = stage.exitCriteria.map { compiler.compile($0.when) }
            let branches = stage.branches.map { compiler.compile($0.when) }
            let compiledCriteria = criteria.compactMap { $0 }
            let compiledBranches = branches.compactMap { $0 }
            isValid =
                isValid && minDays.isValid && maxDays.isValid
                && compiledCriteria.count == criteria.count && compiledBranches.count == branches.count
            stages.append(
                StagePlan(
                    minDays: minDays.plan,
                    maxDays: maxDays.plan,
                    exitCriteria: compiledCriteria,
                    branches: compiledBranches
                )
            )
        }
        let rulesCompiler = ruleCompiler(from: compiler)
        let rules = program.rules.map { rulesCompiler.compile($0.when) }
        let compiledRules = rules.compactMap { $0 }
        guard isValid, compiledRules.count == rules.count, let derived else { return nil }
        return WorkflowPlan(
            environment: compiler.environment,
            residentType: residentType,
            slots: slots,
            derived: derived,
            stages: stages,
            rules: compiledRules
        )
    }

    /// The compiler for rules: rules belong to the whole program, so with several workflows `stage` may be any
    /// stage id of any of them (same slot, wider enumeration).
    private func ruleCompiler(from compiler: ExpressionCompiler) -> ExpressionCompiler {
        guard program.workflows.count > 1 else { return compiler }
        var stageIDs: [String] = []
        var seen = Set<String>()
        for stage in program.workflows.flatMap(\.stages) where seen.insert(stage.id.value).inserted {
            stageIDs.append(stage.id.value)
        }
        var wider = compiler
        wider.environment.declare(
            StandardVariables.stage,
            type: .enumeration(EnumType(name: "stage", values: stageIDs))
        )
        return wider
    }

    /// The environment with the SPEC §3 variables declared (derived names come later).
    private func environment(
        for schema: FactsSchema,
        stageType: ExprType
    )
        -> (compiler: ExpressionCompiler, residentType: ObjectType, slots: StandardSlots)
    {
        let residentType = ResidentType.objectType(of: schema.fields)
        var environment = ExprEnvironment()
        let slots = StandardSlots(
            resident: environment.declare(StandardVariables.resident, type: .object(residentType), isFactRoot: true),
            stage: environment.declare(StandardVariables.stage, type: stageType),
            daysInStage: environment.declare(StandardVariables.daysInStage, type: .int),
            daysInProgram: environment.declare(StandardVariables.daysInProgram, type: .int),
            today: environment.declare(StandardVariables.today, type: .timestamp),
            referrals: environment.declare(
                StandardVariables.referrals,
                type: .list(.object(StandardVariables.referralType))
            )
        )
        return (ExpressionCompiler(environment: environment, diagnostics: diagnostics), residentType, slots)
    }
}
