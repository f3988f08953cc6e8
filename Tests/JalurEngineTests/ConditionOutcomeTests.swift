@testable import JalurEngine
import JalurExpression
import Testing

/// SPEC §2.6 item 1: parts join with CEL `&&`.
struct ConditionOutcomeTests {
    private func outcome(_ parts: [Value]) -> String {
        switch ConditionOutcome.conjunction(parts, value: { $0 }) {
        case .holds: "true"
        case .fails: "false"
        case .undetermined(let error): "undetermined: \(error.message)"
        }
    }

    @Test func falseWinsOverErrorsOnEitherSide() {
        let error = Value.error(EvalError("no such field"))
        #expect(outcome([.bool(false), error]) == "false")
        #expect(outcome([error, .bool(false)]) == "false")
    }

    @Test func errorWinsOverTrue() {
        #expect(outcome([.bool(true), .error(EvalError("division by zero"))]) == "undetermined: division by zero")
        #expect(outcome([.error(EvalError("first")), .error(EvalError("second"))]) == "undetermined: first")
    }

    @Test func allTrueHolds() {
        #expect(outcome([.bool(true), .bool(true)]) == "true")
        #expect(outcome([]) == "true")
    }

    @Test func nonBoolIsUndetermined() {
        #expect(outcome([.int(3)]) == "undetermined: condition gave an int, not a bool")
        #expect(outcome([.string("x"), .bool(false)]) == "false")
    }

    @Test func dayLimitsReadInts() {
        if case .days(let days) = DayLimitOutcome.from(.int(90), name: "min_days") {
            #expect(days == 90)
        } else {
            Issue.record("not days")
        }
        if case .undetermined(let error) = DayLimitOutcome.from(.double(1.5), name: "min_days") {
            #expect(error.message == "min_days gave a double, not an int")
        } else {
            Issue.record("not undetermined")
        }
    }
}
