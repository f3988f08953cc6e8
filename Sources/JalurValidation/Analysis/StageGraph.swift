import JalurModel

/// The stages of one workflow as a directed graph: an edge for each `next` and each branch `to`.
///
/// Edges to stage ids the workflow does not declare are left out; ``UnknownStageCheck`` reports them, and
/// the pathway checks skip such a workflow (``isComplete``) rather than report what follows from the typo.
struct StageGraph {
    /// The workflow's stages, in file order.
    let stages: [Stage]
    /// The index in ``stages`` of each stage id (the first stage, when an id repeats).
    let index: [String: Int]
    /// For each stage, the indices of the stages it can move to, in order (`branches`, then `next`).
    let successors: [[Int]]
    /// Whether `start`, every `next` and every branch `to` name stages of the workflow.
    let isComplete: Bool

    /// Builds the graph of `workflow`.
    init(_ workflow: Workflow) {
        stages = workflow.stages
        var index: [String: Int] = [:]
        for (position, stage) in workflow.stages.enumerated() where index[stage.id.value] == nil {
            index[stage.id.value] = position
        }
        self.index = index
        var isComplete = index[workflow.start.value] != nil
        successors = workflow.stages.map { stage in
            let targets = stage.branches.map(\.to.value) + [stage.next?.value].compactMap { $0 }
            let known = targets.compactMap { index[$0] }
            isComplete = isComplete && known.count == targets.count
            return known
        }
        self.isComplete = isComplete
    }

    /// Whether the stage at `position` is the one its id resolves to (not a repeated id, which the loader
    /// reports as `duplicate-id`; the pathway checks leave repeats alone).
    func isCanonical(_ position: Int) -> Bool { index[stages[position].id.value] == position }

    /// The indices of the terminal stages.
    var terminalStages: [Int] { stages.indices.filter { stages[$0].isTerminal } }

    /// Whether each stage can be reached from the stage called `start`; `nil` when `start` is not a stage.
    ///
    /// - Complexity: O(stages + edges).
    func reachability(from start: String) -> [Bool]? {
        guard let first = index[start] else { return nil }
        return Self.search(from: [first], count: stages.count, neighbours: successors)
    }

    /// Whether some terminal stage can be reached from each stage.
    ///
    /// - Complexity: O(stages + edges).
    func reachesTerminal() -> [Bool] {
        var predecessors = [[Int]](repeating: [], count: stages.count)
        for (source, targets) in successors.enumerated() {
            for target in targets { predecessors[target].append(source) }
        }
        return Self.search(from: terminalStages, count: stages.count, neighbours: predecessors)
    }

    private static func search(from roots: [Int], count: Int, neighbours: [[Int]]) -> [Bool] {
        var seen = [Bool](repeating: false, count: count)
        var pending = roots
        for root in roots { seen[root] = true }
        while let node = pending.popLast() {
            for next in neighbours[node] where !seen[next] {
                seen[next] = true
                pending.append(next)
            }
        }
        return seen
    }
}
