import JalurDiagnostics
import JalurModel

/// Reads a test's `expect:` mapping and checks that every id it names exists in the program.
struct ExpectationReader {
    static let keys = [
        "stage", "move", "referrals", "not_referrals", "aftercare", "alerts", "blockers", "undetermined",
    ]

    let known: KnownIDs

    func read(_ node: RawNode, problems: inout RawProblems) -> RuleTestExpectation? {
        let pairs = problems.mapping(node, allowed: Self.keys, in: "'expect'")
        var expectation = RuleTestExpectation()
        if let value = pairs["stage"], let stage = problems.string(value, for: "stage") {
            check([stage], at: [value], among: known.stages, what: "stage", code: "unknown-stage", problems: &problems)
            expectation.stage = Located(stage, at: value.location)
        }
        if let value = pairs["move"] {
            if value.isNull {
                expectation.move = Located(nil, at: value.location)
            } else if let stage = problems.string(value, for: "move") {
                check(
                    [stage],
                    at: [value],
                    among: known.stages,
                    what: "stage",
                    code: "unknown-stage",
                    problems: &problems
                )
                expectation.move = Located(stage, at: value.location)
            }
        }
        expectation.referrals = list(pairs, "referrals", known.services, "service", "unknown-service", &problems)
        expectation.notReferrals = list(pairs, "not_referrals", known.services, "service", "unknown-service", &problems)
        expectation.aftercare = list(pairs, "aftercare", known.services, "service", "unknown-service", &problems)
        expectation.alerts = list(pairs, "alerts", known.alerts, "alert rule or level", "unknown-alert", &problems)
        expectation.blockers = list(pairs, "blockers", known.criteria, "exit criterion", "unknown-criterion", &problems)
        expectation.undetermined = list(
            pairs,
            "undetermined",
            known.conditions,
            "rule, criterion or branch",
            "unknown-condition",
            &problems
        )
        if expectation.isEmpty, node.pairs != nil {
            problems.error(
                "empty-expectation",
                "'expect' checks nothing, so the test cannot fail",
                at: node.location,
                help: "add at least one of: \(Self.keys.joined(separator: ", "))"
            )
        }
        return expectation
    }

    private func list(
        _ pairs: [String: RawNode],
        _ key: String,
        _ candidates: [String],
        _ what: String,
        _ code: String,
        _ problems: inout RawProblems
    ) -> Located<[String]>? {
        guard let value = pairs[key] else { return nil }
        guard let items = value.items else {
            problems.wrongType(key, expected: "a list of ids", found: value, help: "write [id, ...], or [] for none")
            return nil
        }
        var ids: [String] = []
        var nodes: [RawNode] = []
        for item in items {
            guard let id = problems.string(item, for: key) else { continue }
            ids.append(id)
            nodes.append(item)
        }
        check(ids, at: nodes, among: candidates, what: what, code: code, problems: &problems)
        return Located(ids, at: value.location)
    }

    private func check(
        _ ids: [String],
        at nodes: [RawNode],
        among candidates: [String],
        what: String,
        code: String,
        problems: inout RawProblems
    ) {
        let set = Set(candidates)
        for (id, node) in zip(ids, nodes) where !set.contains(id) {
            let help =
                DidYouMean.closest(to: id, among: candidates).map { "did you mean '\($0)'?" }
                ?? "check the id in the program's files"
            problems.error(code, "the program has no \(what) '\(id)'", at: node.location, help: help)
        }
    }
}
