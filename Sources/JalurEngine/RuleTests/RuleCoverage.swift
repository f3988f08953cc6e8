import JalurModel

/// Collects, from evaluation traces, which outcomes each rule, exit criterion and branch was seen with.
struct RuleCoverage {
    private var items: [CoverageItem] = []
    private var index: [String: Int] = [:]
    private var moves: [ForwardMove] = []
    private var moveIndex: [String: Int] = [:]

    init(program: Program) {
        for rule in program.rules {
            add(CoverageItem(subject: .rule, id: rule.id.value, stage: nil, location: rule.id.location))
        }
        for workflow in program.workflows {
            for stage in workflow.stages {
                let scope = "\(workflow.id.value)/\(stage.id.value)"
                for criterion in stage.exitCriteria {
                    add(
                        CoverageItem(
                            subject: .criterion,
                            id: criterion.id.value,
                            stage: scope,
                            location: criterion.id.location
                        )
                    )
                }
                for branch in stage.branches {
                    add(CoverageItem(subject: .branch, id: branch.id.value, stage: scope, location: branch.id.location))
                }
                if let next = stage.next, !stage.isTerminal {
                    moveIndex[scope] = moves.count
                    moves.append(ForwardMove(stage: scope, to: next.value, location: next.location))
                }
            }
        }
    }

    private mutating func add(_ item: CoverageItem) {
        let key = Self.key(item.subject, item.stage, item.id)
        guard index[key] == nil else { return }
        index[key] = items.count
        items.append(item)
    }

    private static func key(_ subject: Undetermined.Subject, _ stage: String?, _ id: String) -> String {
        "\(subject.rawValue) \(stage ?? "") \(id)"
    }

    /// Records every in-scope trace entry of an evaluation made with `includeTrace`.
    mutating func record(_ evaluation: Evaluation) {
        let scope = "\(evaluation.workflow)/\(evaluation.stage.id)"
        if evaluation.move?.via == .next, let position = moveIndex[scope] { moves[position].isTaken = true }
        for entry in evaluation.trace where entry.inScope {
            let key = Self.key(entry.subject, entry.subject == .rule ? nil : scope, entry.id)
            guard let position = index[key] else { continue }
            switch entry.outcome {
            case .true: items[position].seenTrue = true
            case .false: items[position].seenFalse = true
            case .undetermined: items[position].seenUndetermined = true
            }
        }
    }

    /// The items sorted by location.
    func report() -> CoverageReport {
        CoverageReport(
            items: items.sorted { ($0.location, $0.label) < ($1.location, $1.label) },
            forwardMoves: moves.sorted { $0.location < $1.location }
        )
    }
}
