public import JalurModel
import JalurExpression

/// Evaluates residents one after another for one task, reusing one ``Activation`` per workflow.
///
/// Not thread-safe: give each task its own evaluator (``Engine/makeEvaluator()``); evaluators made from
/// one engine may run concurrently. A copy of an evaluator shares its activations, so keep copies on
/// the same task.
public struct Evaluator {
    /// The engine it evaluates with.
    public let engine: Engine
    private var activations: [Activation?]
    /// Per workflow, outcomes carried between evaluations of the same facts (``evaluateWithFingerprint``).
    let factOnlyOutcomes: [FactOnlyOutcomes?]
    private var states: [RuleState] = []

    init(engine: Engine) {
        self.engine = engine
        self.activations = engine.workflows.map { info in
            info.compiled.map { ActivationBinding.makeActivation(plan: $0.plan) }
        }
        self.factOnlyOutcomes = engine.workflows.map { info in
            info.compiled.map { FactOnlyOutcomes(isFactOnly: $0.isFactOnly) }
        }
    }

    /// Evaluates `resident` as of `asOf` (SPEC §2.6).
    ///
    /// Binds `resident`, `stage`, `days_in_stage`, `days_in_program`, `today` (midnight UTC of `asOf`) and
    /// `referrals` (maps with `service`, `status`, `date` as a timestamp and `days_since`), and binds every
    /// derived name lazily, so each is evaluated at most once.
    ///
    /// - Parameters:
    ///   - resident: The resident, with facts typed by its workflow's facts schema.
    ///   - asOf: The date to evaluate on.
    ///   - includeTrace: Whether to fill ``Evaluation/trace``; it then also evaluates suppressed rules and
    ///     branches on hold, so the trace has every outcome. The rest of the evaluation does not change.
    /// - Returns: What the resident needs next.
    /// - Throws: ``EngineError`` when the resident's workflow is unknown or ambiguous, did not compile, or
    ///   does not have the resident's stage.
    public mutating func evaluate(
        _ resident: Resident,
        asOf: Day,
        includeTrace: Bool = false
    ) throws(EngineError) -> Evaluation {
        decide(resident, asOf: asOf, bound: try bind(resident, asOf: asOf), includeTrace: includeTrace)
    }

    /// Runs the decision for a resident bound with ``bind(_:asOf:)``.
    mutating func decide(_ resident: Resident, asOf: Day, bound: Bound, includeTrace: Bool) -> Evaluation {
        engine.decide(
            resident,
            workflow: bound.workflow,
            stage: bound.stage,
            asOf: asOf,
            probe: bound.probe,
            days: bound.days,
            includeTrace: includeTrace,
            states: &states
        )
    }

    /// A resident bound for evaluation: where they are in the program, and the probe over their activation.
    struct Bound {
        let workflow: Int
        let stage: Int
        var probe: PlanProbe
        let days: StayDays
    }

    /// Locates `resident` and binds their workflow's activation as of `asOf`.
    func bind(_ resident: Resident, asOf: Day) throws(EngineError) -> Bound {
        let (workflow, stage) = try engine.locate(resident)
        let info = engine.workflows[workflow]
        guard let compiled = info.compiled, let activation = activations[workflow] else {
            throw EngineError(.workflowNotCompiled(info.id), resident: resident.id, location: resident.source)
        }
        guard resident.facts.type == compiled.plan.residentType else {
            throw EngineError(.factsSchemaMismatch(workflow: info.id), resident: resident.id, location: resident.source)
        }
        let days = StayDays(resident: resident, asOf: asOf)
        ActivationBinding.bind(activation, plan: compiled.plan, resident: resident, asOf: asOf, days: days)
        let probe = PlanProbe(compiled: compiled, activation: activation, facts: resident.facts)
        return Bound(workflow: workflow, stage: stage, probe: probe, days: days)
    }
}
