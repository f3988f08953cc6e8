import JalurExpression
import JalurModel

/// The derived names of a workflow whose value depends on the resident's facts alone.
///
/// Such a name reads `resident` and other such names, but none of `stage`, `days_in_stage`,
/// `days_in_program`, `today`, `referrals` or the clock. Its value stays the same while the facts do, whatever
/// else changes in the record, so an evaluator may carry it from one evaluation of a resident to the next.
struct FactOnlyDerived: Sendable {
    /// Their slots, in dependency order.
    let slots: [VariableSlot]
    /// `resident` and their slots.
    private let factOnly: Set<Int>

    init(plan: WorkflowPlan) {
        var factOnly: Set<Int> = [plan.slots.resident.index]
        var slots: [VariableSlot] = []
        // Derived names come in dependency order, so one pass sees every name a derived name uses.
        for derived in plan.derived where Self.reads(derived.expression, onlyFrom: factOnly) {
            factOnly.insert(derived.slot.index)
            slots.append(derived.slot)
        }
        self.slots = slots
        self.factOnly = factOnly
    }

    /// Whether `expression` depends on the facts alone.
    func isFactOnly(_ expression: CompiledExpression) -> Bool {
        Self.reads(expression, onlyFrom: factOnly)
    }

    private static func reads(_ expression: CompiledExpression, onlyFrom slots: Set<Int>) -> Bool {
        !expression.readsClock && expression.variables.allSatisfy { slots.contains($0.index) }
    }
}
