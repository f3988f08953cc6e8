import JalurDiagnostics
import JalurModel

/// No referral waits, through `requires`, on itself: a rule referring to `x` that requires `x`, or rules
/// whose services require each other in a cycle, block each other's suggestions until staff complete one
/// of the referrals by hand.
///
/// Each cycle is reported once, at the `requires` entry of the first rule in file order that closes it.
struct RequirementCycleCheck: ProgramCheck {
    static let code = "requirement-cycle"
    var codes: [String] { [Self.code] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        // Nodes are services named by a rule's refer/aftercare; an edge x → y when a rule for x requires y.
        var index: [String: Int] = [:]
        var names: [String] = []
        func node(_ name: String) -> Int {
            if let known = index[name] { return known }
            index[name] = names.count
            names.append(name)
            return names.count - 1
        }
        var edges: [(from: Int, to: Int, rule: Rule, entry: Located<String>)] = []
        for rule in program.rules {
            guard let service = rule.actionService else { continue }
            let source = node(service.value)
            for required in rule.requires { edges.append((source, node(required.value), rule, required)) }
        }
        var successors = [[Int]](repeating: [], count: names.count)
        for edge in edges { successors[edge.from].append(edge.to) }
        var component = [Int](repeating: -1, count: names.count)
        let components = StronglyConnectedComponents.of(successors)
        for (number, members) in components.enumerated() { for member in members { component[member] = number } }
        var reported: Set<Int> = []
        return edges.compactMap { edge -> Diagnostic? in
            let number = component[edge.from]
            let isCycle = edge.from == edge.to || (number == component[edge.to] && components[number].count > 1)
            guard isCycle, reported.insert(number).inserted else { return nil }
            let service = names[edge.from]
            let message =
                edge.from == edge.to
                ? "rule '\(edge.rule.id.value)' refers to '\(service)' and requires '\(service)' to be completed "
                    + "first, so the referral stays blocked"
                : "services require each other in a cycle ("
                    + components[number].map { "'\(names[$0])'" }.joined(separator: ", ")
                    + "), so their referrals stay blocked"
            return Diagnostic(
                code: Self.code,
                severity: .warning,
                message: message,
                location: edge.entry.location,
                help: "remove '\(edge.entry.value)' from 'requires', or break the cycle of 'requires' between the rules"
            )
        }
    }
}
