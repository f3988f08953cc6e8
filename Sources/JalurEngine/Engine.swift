public import JalurModel

/// Evaluates residents against a loaded program (SPEC §2.6): load once, evaluate many.
///
/// Creating an engine precomputes everything that does not depend on the resident: per workflow and
/// stage, the rules in scope in suppression order; each rule's kind, service and suppressors by index;
/// the services that hold a stage; every fact path resolved to record slots. An engine is immutable and
/// `Sendable`: share one between tasks, and give each task its own ``Evaluator``.
///
/// ```swift
/// let engine = Engine(program: program)
/// var evaluator = engine.makeEvaluator()
/// for resident in residents {
///     let evaluation = try evaluator.evaluate(resident, asOf: day)
/// }
/// ```
public struct Engine: Sendable {
    /// The program it evaluates against.
    public let program: Program
    let rules: [RuleInfo]
    let workflows: [WorkflowInfo]
    /// Services that some `holds_stage` refer or aftercare rule refers to, sorted.
    let holdServices: [String]
    /// Per service: every `repeat_after_days` of the refer and aftercare rules referring to it.
    let repeatAfterDays: [String: [Int]]

    /// Creates an engine for a loaded program.
    ///
    /// - Complexity: O(*s* · *r*²) for *s* stages and *r* rules, once.
    public init(program: Program) {
        self.program = program
        let rules = RuleInfo.resolve(program.rules)
        self.rules = rules
        self.workflows = program.workflows.map { WorkflowInfo(workflow: $0, program: program, rules: rules) }
        self.holdServices = Array(Set(rules.filter { $0.rule.holdsStage && $0.kind != .alert }.map(\.service))).sorted()
        var repeatAfterDays: [String: [Int]] = [:]
        for info in rules where info.kind != .alert {
            if let days = info.rule.repeatAfterDays { repeatAfterDays[info.service, default: []].append(days) }
        }
        self.repeatAfterDays = repeatAfterDays
    }

    /// A new evaluator for one task; it reuses its buffers across residents.
    public func makeEvaluator() -> Evaluator {
        Evaluator(engine: self)
    }

    /// Evaluates one resident with a fresh evaluator; for many residents, reuse one ``Evaluator``.
    ///
    /// - Parameters:
    ///   - resident: The resident, with facts typed by its workflow's facts schema.
    ///   - asOf: The date to evaluate on.
    ///   - includeTrace: Whether to fill ``Evaluation/trace`` (for `--explain` and coverage).
    /// - Returns: What the resident needs next.
    /// - Throws: ``EngineError`` when the resident's workflow or stage does not fit the program.
    public func evaluate(_ resident: Resident, asOf: Day, includeTrace: Bool = false) throws(EngineError) -> Evaluation
    {
        var evaluator = makeEvaluator()
        return try evaluator.evaluate(resident, asOf: asOf, includeTrace: includeTrace)
    }

    /// The workflow and stage of `resident`, by index.
    func locate(_ resident: Resident) throws(EngineError) -> (workflow: Int, stage: Int) {
        let workflow: Int
        if let name = resident.workflow {
            guard let index = workflows.firstIndex(where: { $0.id == name }) else {
                throw EngineError(
                    .unknownWorkflow(name, known: workflows.map(\.id)),
                    resident: resident.id,
                    location: resident.source
                )
            }
            workflow = index
        } else {
            guard workflows.count == 1 else {
                throw EngineError(
                    .ambiguousWorkflow(known: workflows.map(\.id)),
                    resident: resident.id,
                    location: resident.source
                )
            }
            workflow = 0
        }
        let info = workflows[workflow]
        guard let stage = info.stage(resident.stage) else {
            let reason = EngineError.Reason.unknownStage(
                resident.stage,
                workflow: info.id,
                known: info.stages.map(\.id)
            )
            throw EngineError(reason, resident: resident.id, location: resident.source)
        }
        return (workflow, stage.index)
    }

    /// Runs the decision for a located resident with any probe (tests substitute a table of outcomes).
    func decide<Probe: ConditionProbe>(
        _ resident: Resident,
        workflow: Int,
        stage: Int,
        asOf: Day,
        probe: Probe,
        days: StayDays? = nil,
        includeTrace: Bool,
        states: inout [RuleState]
    ) -> Evaluation {
        let info = workflows[workflow]
        let input = DecisionInput(
            workflow: info,
            stage: info.stages[stage],
            rules: rules,
            holdServices: holdServices,
            resident: resident,
            asOf: asOf,
            days: days ?? StayDays(resident: resident, asOf: asOf),
            includeTrace: includeTrace
        )
        var decision = Decision(input: input, probe: probe, states: [])
        swap(&decision.states, &states)
        let evaluation = decision.run()
        swap(&decision.states, &states)
        return evaluation
    }
}
