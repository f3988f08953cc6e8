import JalurExpression
import JalurModel

/// Binds the variables SPEC §3 puts in scope for one resident on one date.
enum ActivationBinding {
    private static let secondsPerDay: Int64 = 86_400
    private static let referralType = StandardVariables.referralType
    private static let serviceSlot = referralType.slot(of: "service")
    private static let statusSlot = referralType.slot(of: "status")
    private static let dateSlot = referralType.slot(of: "date")
    private static let daysSinceSlot = referralType.slot(of: "days_since")

    /// A new activation for `plan` with every derived name bound lazily; ``Activation/reset()`` keeps
    /// those bindings and forgets their values, so they are bound once per activation.
    static func makeActivation(plan: WorkflowPlan) -> Activation {
        let activation = Activation(environment: plan.environment)
        for derived in plan.derived {
            activation.bindLazily(derived.slot, to: derived.expression)
        }
        return activation
    }

    /// Resets `activation` (forgetting derived values) and binds every standard variable; `referrals` is built on
    /// first read, as most conditions never read it.
    static func bind(_ activation: Activation, plan: WorkflowPlan, resident: Resident, asOf: Day, days: StayDays) {
        activation.reset()
        let slots = plan.slots
        activation.bind(slots.resident, to: .object(resident.facts))
        activation.bind(slots.stage, to: .string(resident.stage))
        activation.bind(slots.daysInStage, to: .int(Int64(days.inStage)))
        activation.bind(slots.daysInProgram, to: .int(Int64(days.inProgram)))
        activation.bind(slots.today, to: timestamp(asOf))
        if resident.referrals.isEmpty {
            activation.bind(slots.referrals, to: .list([]))
        } else {
            let records = resident.referrals
            activation.bindLazily(slots.referrals) { _ in referrals(records, asOf: asOf) }
        }
    }

    /// Midnight UTC of `day`.
    static func timestamp(_ day: Day) -> Value {
        .timestamp(Timestamp(seconds: Int64(day.daysSinceEpoch) * secondsPerDay))
    }

    /// The `referrals` list: one ``StandardVariables/referralType`` record per entry, in file order.
    static func referrals(_ records: [ReferralRecord], asOf: Day) -> Value {
        guard !records.isEmpty else { return .list([]) }
        return .list(
            records.map { record in
                var fields = [Value?](repeating: nil, count: referralType.fields.count)
                func set(_ slot: Int?, _ value: Value) { if let slot { fields[slot] = value } }
                set(serviceSlot, .string(record.service))
                set(statusSlot, .string(record.status.rawValue))
                set(dateSlot, timestamp(record.date))
                set(daysSinceSlot, .int(Int64(asOf.days(since: record.date))))
                return .object(ObjectValue(type: referralType, fields: fields))
            }
        )
    }
}
