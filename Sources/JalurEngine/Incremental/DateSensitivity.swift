import JalurExpression
import JalurModel

/// Which expressions of a workflow read the evaluation date, directly or through derived names.
///
/// The date reaches an expression only through `today` (which `days_since` and `days_until` read),
/// `days_in_stage`, `days_in_program`, the `referrals` list (each entry carries `days_since`) and, for an
/// expression compiled without `today`, the machine's clock. Every other input is the resident's record, so an
/// expression that reads none of these gives the same value on every day the record stays the same.
struct DateSensitivity: Sendable {
    /// Slots whose value can change from day to day: the four standard ones and every derived name reading one.
    let slots: Set<Int>

    init(plan: WorkflowPlan) {
        var slots: Set<Int> = [
            plan.slots.today.index, plan.slots.daysInStage.index, plan.slots.daysInProgram.index,
            plan.slots.referrals.index,
        ]
        // Derived names come in dependency order, so one pass sees every name a derived name uses.
        for derived in plan.derived where Self.reads(derived.expression, anyOf: slots) {
            slots.insert(derived.slot.index)
        }
        self.slots = slots
    }

    /// Whether `expression` can give another value on another day for the same record.
    func readsDate(_ expression: CompiledExpression) -> Bool {
        Self.reads(expression, anyOf: slots)
    }

    private static func reads(_ expression: CompiledExpression, anyOf slots: Set<Int>) -> Bool {
        expression.readsClock || expression.variables.contains { slots.contains($0.index) }
    }
}
