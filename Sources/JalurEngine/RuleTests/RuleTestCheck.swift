import JalurModel

/// Compares an ``Evaluation`` with a ``RuleTestExpectation``.
///
/// Inclusion lists pass when every id is present (others may be too); `[]` passes only when the evaluation
/// has none; `not_referrals` passes when none of its services is referred.
enum RuleTestCheck {
    /// Every unmet expectation, in the order of the `expect` keys.
    static func failures(of expectation: RuleTestExpectation, in evaluation: Evaluation) -> [RuleTestFailure] {
        var failures = stageFailures(of: expectation, in: evaluation)
        let referred = evaluation.referrals.map(\.service)
        failures += includes("referrals", expectation.referrals, actual: referred) { [$0] }
        if let excluded = expectation.notReferrals {
            let present = excluded.value.filter { referred.contains($0) }
            if !present.isEmpty {
                let expected = "none of \(list(excluded.value))"
                failures.append(
                    .init(
                        key: "not_referrals",
                        expected: expected,
                        actual: list(referred),
                        ids: present,
                        location: excluded.location
                    )
                )
            }
        }
        failures += includes("aftercare", expectation.aftercare, actual: evaluation.aftercare.map(\.service)) { [$0] }
        failures += includes("alerts", expectation.alerts, actual: evaluation.alerts.map(\.rule)) { id in
            evaluation.alerts.filter { $0.rule == id || $0.level.rawValue == id }.map(\.rule)
        }
        failures += includes("blockers", expectation.blockers, actual: evaluation.blockers.map(\.criterion)) { [$0] }
        let undetermined = evaluation.undetermined.map(\.id)
        failures += includes("undetermined", expectation.undetermined, actual: undetermined) { [$0] }
        return failures
    }

    /// The `stage` and `move` expectations.
    private static func stageFailures(
        of expectation: RuleTestExpectation,
        in evaluation: Evaluation
    ) -> [RuleTestFailure] {
        var failures: [RuleTestFailure] = []
        if let stage = expectation.stage, stage.value != evaluation.stage.id {
            failures.append(
                .init(
                    key: "stage",
                    expected: stage.value,
                    actual: evaluation.stage.id,
                    ids: [],
                    location: stage.location
                )
            )
        }
        if let move = expectation.move, move.value != evaluation.move?.to {
            let ids = [move.value, evaluation.move?.to].compactMap { $0 }
            failures.append(
                .init(
                    key: "move",
                    expected: move.value ?? "null (stay)",
                    actual: describe(evaluation.move),
                    ids: ids,
                    location: move.location
                )
            )
        }
        return failures
    }

    /// Checks one inclusion list; `matches` gives the actual entries an expected id stands for.
    private static func includes(
        _ key: String,
        _ expected: Located<[String]>?,
        actual: [String],
        matches: (String) -> [String]
    ) -> [RuleTestFailure] {
        guard let expected else { return [] }
        if expected.value.isEmpty {
            guard !actual.isEmpty else { return [] }
            return [.init(key: key, expected: "none", actual: list(actual), ids: actual, location: expected.location)]
        }
        let absent = expected.value.filter { id in matches(id).allSatisfy { !actual.contains($0) } }
        guard !absent.isEmpty else { return [] }
        return [
            .init(
                key: key,
                expected: "to include \(list(expected.value))",
                actual: list(actual),
                ids: absent,
                location: expected.location
            )
        ]
    }

    static func list(_ ids: [String]) -> String { ids.isEmpty ? "[]" : "[\(ids.joined(separator: ", "))]" }

    private static func describe(_ move: Move?) -> String {
        guard let move else { return "null (stays)" }
        return move.via == .branch ? "\(move.to) (branch \(move.branch ?? "?"))" : "\(move.to) (next)"
    }
}
