import JalurDiagnostics
import JalurModel

/// The `suppressed_by` graph is acyclic (SPEC §2.6): no rule suppresses itself, directly or through others.
///
/// Each cycle is reported once, at the first rule in file order that takes part in it.
struct SuppressionCycleCheck: ProgramCheck {
    static let code = "suppression-cycle"
    var codes: [String] { [Self.code] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        let rules = program.rules
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() where index[rule.id.value] == nil {
            index[rule.id.value] = position
        }
        // An edge from each rule to the rules that suppress it.
        let successors = rules.map { rule in rule.suppressedBy.compactMap { index[$0.value] } }
        return StronglyConnectedComponents.of(successors).compactMap { component in
            let members = Set(component)
            let first = component[0]
            guard component.count > 1 || successors[first].contains(first) else { return nil }
            let cycle = Self.cycle(through: first, within: members, successors: successors)
            let names = (cycle + [first]).map { "'\(rules[$0].id.value)'" }.joined(separator: " → ")
            let suppressor = cycle.count > 1 ? cycle[1] : first
            let entry = rules[first].suppressedBy.first { index[$0.value] == suppressor }
            return Diagnostic(
                code: Self.code,
                severity: .error,
                message: "'suppressed_by' forms a cycle: \(names)",
                location: entry?.location ?? rules[first].id.location,
                help:
                    "each rule lists the next in 'suppressed_by'; remove one of these entries so suppression runs one way"
            )
        }
    }

    /// A shortest cycle from `start` back to itself, inside one component: the nodes in order, `start` first.
    private static func cycle(through start: Int, within members: Set<Int>, successors: [[Int]]) -> [Int] {
        if successors[start].contains(start) { return [start] }
        var parent: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] where members.contains(next) {
                if next == start {
                    var path = [node]
                    while let previous = parent[path[path.count - 1]] { path.append(previous) }
                    return path.reversed()
                }
                if parent[next] == nil, next != start {
                    parent[next] = node
                    queue.append(next)
                }
            }
        }
        return [start]
    }
}
