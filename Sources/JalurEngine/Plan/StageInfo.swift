import JalurModel

/// One rule in a stage's scope, with the positions of its in-scope suppressors.
struct ScopedRule: Sendable {
    /// Index into ``Program/rules``.
    let rule: Int
    /// Positions in ``StageInfo/scope`` of the rules that suppress it; all before its own position.
    let suppressors: [Int]
}

/// A stage with what the engine precomputes for it.
final class StageInfo: Sendable {
    let index: Int
    let stage: Stage
    /// Rules in scope, suppressors before the rules they suppress, otherwise in file order.
    let scope: [ScopedRule]
    /// File-order ranks of the criteria and branches, comparable with rule ranks (for `undetermined`).
    let criterionRanks: [Int]
    let branchRanks: [Int]
    /// The stage id.
    let id: String

    init(index: Int, stage: Stage, scope: [ScopedRule], criterionRanks: [Int], branchRanks: [Int]) {
        self.index = index
        self.stage = stage
        self.scope = scope
        self.criterionRanks = criterionRanks
        self.branchRanks = branchRanks
        self.id = stage.id.value
    }

    /// Builds the scope: rules whose `stages` name this stage (default: every stage; aftercare: terminal
    /// stages), ordered topologically over `suppressed_by`.
    static func scope(for stage: Stage, rules: [RuleInfo]) -> [ScopedRule] {
        let inScope = rules.indices.filter { index in
            if let stages = rules[index].rule.stages { return stages.contains { $0.value == stage.id.value } }
            return rules[index].kind == .aftercare ? stage.isTerminal : true
        }
        let order = SuppressionOrder.sort(inScope, suppressors: { rules[$0].suppressors })
        var position: [Int: Int] = [:]
        for (place, rule) in order.enumerated() { position[rule] = place }
        return order.enumerated().map { place, rule in
            let suppressors = rules[rule].suppressors.compactMap { position[$0] }.filter { $0 < place }.sorted()
            return ScopedRule(rule: rule, suppressors: suppressors)
        }
    }
}

/// Orders rules so that each comes after the rules that suppress it.
enum SuppressionOrder {
    /// Kahn's algorithm, always taking the earliest rule in file order whose suppressors are placed.
    /// Rules on a cycle (validation rejects cycles) follow in file order; the cycle's edges are then ignored.
    static func sort(_ rules: [Int], suppressors: (Int) -> [Int]) -> [Int] {
        let members = Set(rules)
        var placed = Set<Int>()
        var order: [Int] = []
        var remaining = rules.sorted()
        while !remaining.isEmpty {
            guard
                let next = remaining.firstIndex(where: { rule in
                    suppressors(rule).allSatisfy { !members.contains($0) || placed.contains($0) || $0 == rule }
                })
            else {
                order += remaining
                break
            }
            placed.insert(remaining[next])
            order.append(remaining.remove(at: next))
        }
        return order
    }
}
