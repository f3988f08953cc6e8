import JalurModel

/// One rule in a stage's scope, with where its in-scope suppressors are listed (plain integers, so reading
/// it copies nothing).
struct ScopedRule: Sendable {
    /// Index into ``Program/rules``.
    let rule: Int
    /// The range of ``StageInfo/suppressorPositions`` holding the positions in ``StageInfo/scope`` of the
    /// rules that suppress it; all before its own position.
    let suppressors: Range<Int>
}

/// A stage with what the engine precomputes for it.
final class StageInfo: Sendable {
    let index: Int
    let stage: Stage
    /// Rules in scope, suppressors before the rules they suppress, otherwise in file order.
    let scope: [ScopedRule]
    /// Positions in ``scope``, sliced by ``ScopedRule/suppressors``.
    let suppressorPositions: [Int]
    /// File-order ranks of the criteria and branches, comparable with rule ranks (for `undetermined`).
    let criterionRanks: [Int]
    let branchRanks: [Int]
    /// The stage id.
    let id: String

    init(index: Int, stage: Stage, rules: [RuleInfo], criterionRanks: [Int], branchRanks: [Int]) {
        self.index = index
        self.stage = stage
        (self.scope, self.suppressorPositions) = Self.scope(for: stage, rules: rules)
        self.criterionRanks = criterionRanks
        self.branchRanks = branchRanks
        self.id = stage.id.value
    }

    /// Builds the scope: rules whose `stages` name this stage (default: every stage; aftercare: terminal
    /// stages), ordered topologically over `suppressed_by`.
    static func scope(for stage: Stage, rules: [RuleInfo]) -> (scope: [ScopedRule], suppressorPositions: [Int]) {
        let inScope = rules.indices.filter { index in
            if let stages = rules[index].rule.stages { return stages.contains { $0.value == stage.id.value } }
            return rules[index].kind == .aftercare ? stage.isTerminal : true
        }
        let order = SuppressionOrder.sort(inScope, suppressors: { rules[$0].suppressors })
        var position: [Int: Int] = [:]
        for (place, rule) in order.enumerated() { position[rule] = place }
        var positions: [Int] = []
        let scope = order.enumerated().map { place, rule in
            let start = positions.count
            positions += rules[rule].suppressors.compactMap { position[$0] }.filter { $0 < place }.sorted()
            return ScopedRule(rule: rule, suppressors: start..<positions.count)
        }
        return (scope, positions)
    }

    /// The positions in ``scope`` of the rules that suppress the rule at `position`.
    func suppressors(ofRuleAt position: Int) -> ArraySlice<Int> {
        suppressorPositions[scope[position].suppressors]
    }
}

/// Orders rules so that each comes after the rules that suppress it.
enum SuppressionOrder {
    /// Kahn's algorithm, always taking the earliest rule in file order whose suppressors are placed.
    ///
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
