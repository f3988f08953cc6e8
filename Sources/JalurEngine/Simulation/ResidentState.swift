import JalurExpression
import JalurModel

/// Changes a simulated resident the way staff would: applies fact effects and follows the engine's suggestions.
struct ResidentState {
    let plan: WorkflowPlan
    let activation: Activation

    init(plan: WorkflowPlan) {
        self.plan = plan
        self.activation = ActivationBinding.makeActivation(plan: plan)
    }

    /// Applies `effects` in order on `day`; a computed value that is an error leaves the fact unchanged.
    ///
    /// - Returns: Each fact written, its new value (`nil` when removed) and whether that changed the facts,
    ///   in order.
    @discardableResult
    func apply(
        _ effects: [FactEffect],
        to resident: inout Resident,
        on day: Day,
        using rng: inout SplitMix64
    ) -> [(path: String, value: Value?, changed: Bool)] {
        var written: [(path: String, value: Value?, changed: Bool)] = []
        for effect in effects {
            let value: Value?
            switch effect.kind {
            case .set(let literal): value = literal
            case .sample(let distribution):
                value = FactSampler.sample(distribution, for: effect.target, on: day, using: &rng)
            case .compute(let expression):
                guard
                    let computed = evaluate(expression, for: resident, on: day).flatMap({
                        Self.coerce($0, to: effect.target.type)
                    })
                else { continue }
                value = computed
            }
            let changed = Self.changes(effect.target, to: value, in: resident.facts)
            effect.target.write(value, into: &resident.facts)
            written.append((effect.target.path, value, changed))
        }
        return written
    }

    /// Whether `condition` holds for `resident` on `day`; an error or an undetermined result is `false`.
    func holds(_ condition: CompiledExpression, for resident: Resident, on day: Day) -> Bool {
        if case .bool(true)? = evaluate(condition, for: resident, on: day) { return true }
        return false
    }

    /// Binds `resident` on `day` for ``holdsBound(_:)``.
    func bind(_ resident: Resident, on day: Day) {
        ActivationBinding.bind(
            activation,
            plan: plan,
            resident: resident,
            asOf: day,
            days: StayDays(resident: resident, asOf: day)
        )
    }

    /// Whether `condition` holds for the resident last bound with ``bind(_:on:)``.
    func holdsBound(_ condition: CompiledExpression) -> Bool {
        if case .bool(true) = condition.evaluate(activation) { return true }
        return false
    }

    private func evaluate(
        _ expression: CompiledExpression,
        for resident: Resident,
        on day: Day
    )
        -> Value?
    {
        bind(resident, on: day)
        let value = expression.evaluate(activation)
        if case .error = value { return nil }
        return value
    }

    /// Whether writing `value` at `target` changes `facts`: removing an absent fact still adds the absent
    /// records on its way.
    private static func changes(_ target: FactTarget, to value: Value?, in facts: ObjectValue) -> Bool {
        switch (target.read(from: facts), value) {
        case (let old?, let new?): !old.isIdentical(to: new)
        case (nil, nil): target.slots.count > 1
        default: true
        }
    }

    private static func coerce(_ value: Value, to type: ExprType) -> Value? {
        switch (value, type) {
        case (.int(let int), .double): return .double(Double(int))
        case (.null, _): return nil
        default: return value
        }
    }
}

/// What staff did on one day in answer to an evaluation.
struct StaffActions {
    /// The move made, if any, with the stage left.
    var move: (from: String, move: Move)?
    /// Suggestions turned into `pending` referrals, referrals first, then aftercare.
    var referralsMade: [Suggestion] = []
    /// Whether the `on_move` effects changed the facts.
    var factsChanged = false
}

extension ResidentState {
    /// Follows `evaluation` on `day`: every suggestion that is not blocked becomes a `pending` referral, and a
    /// suggested move happens (`stage_entered_on` = `day`), followed by `onMove` effects.
    func follow(
        _ evaluation: Evaluation,
        resident: inout Resident,
        on day: Day,
        onMove: [FactEffect],
        using rng: inout SplitMix64
    ) -> StaffActions {
        var actions = StaffActions()
        for suggestion in evaluation.referrals + evaluation.aftercare where suggestion.blockedBy.isEmpty {
            resident.referrals.append(
                ReferralRecord(service: suggestion.service, status: .pending, date: day)
            )
            actions.referralsMade.append(suggestion)
        }
        if let move = evaluation.move {
            actions.move = (resident.stage, move)
            resident.stage = move.to
            resident.stageEnteredOn = day
            actions.factsChanged = apply(onMove, to: &resident, on: day, using: &rng).contains(where: \.changed)
        }
        return actions
    }
}
