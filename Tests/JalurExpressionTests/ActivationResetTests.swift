@testable import JalurExpression
import Testing

/// `Activation.reset()`: lazily bound slots become pending again, plainly bound slots become unbound.
struct ActivationResetTests {
    var environment = ExprEnvironment()
    let input: VariableSlot
    let derived: VariableSlot
    let other: VariableSlot
    /// `input + 1`, the expression `derived` is bound to.
    let plusOne: CompiledExpression
    /// `input * 100`, for `other`.
    let timesHundred: CompiledExpression

    init() throws {
        input = environment.declare("input", type: .int)
        derived = environment.declare("derived", type: .int)
        other = environment.declare("other", type: .int)
        plusOne = try environment.compile("input + 1")
        timesHundred = try environment.compile("input * 100")
    }

    private func literal(_ activation: Activation, _ slot: VariableSlot) -> String {
        activation.value(at: slot).celLiteral
    }

    private func isUnbound(_ activation: Activation, _ slot: VariableSlot) -> Bool {
        if case .error(let error) = activation.value(at: slot) { return error.message.hasPrefix("no value bound") }
        return false
    }

    @Test func lazySlotsArePendingAgainAfterReset() {
        let activation = Activation(environment: environment)
        activation.bindLazily(derived, to: plusOne)
        activation.bind(input, to: .int(1))
        #expect(literal(activation, derived) == "2")
        #expect(literal(activation, derived) == "2")
        #expect(activation.lazyEvaluationCount == 1)
        activation.reset()
        activation.bind(input, to: .int(41))
        #expect(literal(activation, derived) == "42")
        #expect(activation.lazyEvaluationCount == 2)
        activation.reset()
        activation.reset()
        activation.bind(input, to: .int(9))
        #expect(literal(activation, derived) == "10")
        #expect(activation.lazyEvaluationCount == 3)
    }

    @Test func plainSlotsAreUnboundAfterReset() {
        let activation = Activation(environment: environment)
        activation.bind(input, to: .int(5))
        activation.bind(other, to: .int(6))
        #expect(literal(activation, input) == "5")
        activation.reset()
        #expect(isUnbound(activation, input))
        #expect(isUnbound(activation, other))
        activation.bind(input, to: .int(7))
        #expect(literal(activation, input) == "7")
        #expect(isUnbound(activation, other))
    }

    @Test func resetKeepsLazyBindingsButForgetsTheirInputs() {
        let activation = Activation(environment: environment)
        activation.bindLazily(derived, to: plusOne)
        activation.bind(input, to: .int(1))
        #expect(literal(activation, derived) == "2")
        activation.reset()
        // The lazy slot is pending, but what it reads is unbound: it evaluates to that error, not a stale value.
        if case .error(let error) = activation.value(at: derived) {
            #expect(error.message == "no value bound for 'input'")
        } else {
            Issue.record("expected an error, got \(literal(activation, derived))")
        }
        #expect(activation.lazyEvaluationCount == 2)
    }

    @Test func aSlotBoundLazilyThenPlainlyIsUnboundAfterReset() {
        let activation = Activation(environment: environment)
        activation.bind(input, to: .int(1))
        activation.bindLazily(derived, to: plusOne)
        activation.bind(derived, to: .int(50))
        #expect(literal(activation, derived) == "50")
        #expect(activation.lazyEvaluationCount == 0)
        activation.reset()
        activation.bind(input, to: .int(1))
        #expect(isUnbound(activation, derived))
        #expect(activation.lazyEvaluationCount == 0)
    }

    @Test func aSlotBoundPlainlyThenLazilyIsPendingAfterReset() {
        let activation = Activation(environment: environment)
        activation.bind(other, to: .int(3))
        activation.bindLazily(other, to: timesHundred)
        activation.bind(input, to: .int(2))
        #expect(literal(activation, other) == "200")
        activation.reset()
        activation.bind(input, to: .int(4))
        #expect(literal(activation, other) == "400")
        #expect(activation.lazyEvaluationCount == 2)
    }

    @Test func eachSlotKeepsItsOwnResetState() {
        let activation = Activation(environment: environment)
        activation.bindLazily(derived, to: plusOne)
        activation.bindLazily(other, to: timesHundred)
        activation.bind(other, to: .int(-1))
        activation.bind(input, to: .int(3))
        #expect(literal(activation, derived) == "4")
        #expect(literal(activation, other) == "-1")
        activation.reset()
        #expect(isUnbound(activation, input))
        #expect(isUnbound(activation, other))
        activation.bind(input, to: .int(5))
        #expect(literal(activation, derived) == "6")
        #expect(isUnbound(activation, other))
        #expect(activation.lazyEvaluationCount == 2)
    }

    @Test func aSlotBoundToAComputationIsUnboundAfterReset() {
        let activation = Activation(environment: environment)
        activation.bind(input, to: .int(4))
        activation.bindLazily(other) { activation in Builtins.multiply(activation.value(at: input), .int(10)) }
        #expect(activation.computedValue(at: other) == nil)
        #expect(literal(activation, other) == "40")
        #expect(literal(activation, other) == "40")
        #expect(activation.lazyEvaluationCount == 1)
        #expect(activation.computedValue(at: other)?.celLiteral == "40")
        activation.reset()
        activation.bind(input, to: .int(5))
        #expect(isUnbound(activation, other))
        #expect(activation.lazyEvaluationCount == 1)
    }

    @Test func computedValueIsNilUntilASlotHasItsValue() {
        let activation = Activation(environment: environment)
        #expect(activation.computedValue(at: input) == nil)
        activation.bind(input, to: .int(2))
        #expect(activation.computedValue(at: input)?.celLiteral == "2")
        activation.bindLazily(derived, to: plusOne)
        #expect(activation.computedValue(at: derived) == nil)
        #expect(activation.lazyEvaluationCount == 0)
        _ = activation.value(at: derived)
        #expect(activation.computedValue(at: derived)?.celLiteral == "3")
        activation.reset()
        #expect(activation.computedValue(at: derived) == nil)
        #expect(activation.computedValue(at: input) == nil)
        #expect(activation.computedValue(at: VariableSlot(index: 99)) == nil)
    }

    @Test func fillGivesAPendingSlotItsValueUntilReset() {
        let activation = Activation(environment: environment)
        activation.bindLazily(derived, to: plusOne)
        activation.bind(input, to: .int(1))
        activation.fill(derived, with: .int(77))
        #expect(literal(activation, derived) == "77")
        #expect(activation.lazyEvaluationCount == 0)
        activation.reset()
        activation.bind(input, to: .int(1))
        #expect(literal(activation, derived) == "2")
        #expect(activation.lazyEvaluationCount == 1)
        // Once computed, the slot is no longer pending: fill leaves it alone until the next reset.
        activation.fill(derived, with: .int(77))
        #expect(literal(activation, derived) == "2")
    }

    @Test func fillLeavesPlainAndUnboundSlotsAlone() {
        let activation = Activation(environment: environment)
        activation.bind(input, to: .int(1))
        activation.fill(input, with: .int(9))
        #expect(literal(activation, input) == "1")
        activation.fill(other, with: .int(9))
        #expect(isUnbound(activation, other))
        activation.bindLazily(other) { _ in .int(5) }
        activation.reset()
        activation.fill(other, with: .int(9))
        #expect(isUnbound(activation, other))
    }
}
