import JalurDiagnostics
import JalurModel

/// A workflow with everything that does not depend on the resident: stages with their rule scopes,
/// file-order ranks, and the compiled plan when there is one.
final class WorkflowInfo: Sendable {
    let workflow: Workflow
    let stages: [StageInfo]
    /// File-order rank of each rule of the program, comparable with stage item ranks.
    let ruleRanks: [Int]
    /// `nil` when the workflow did not compile.
    let compiled: CompiledWorkflow?
    /// Per stage: the rules in scope (in scope order), criteria and branches whose conditions read the date.
    let dateSensitive: [[ConditionRef]]
    /// The workflow id.
    let id: String

    init(workflow: Workflow, program: Program, rules: [RuleInfo]) {
        self.workflow = workflow
        self.id = workflow.id.value
        let ranks = FileOrder(program: program, workflow: workflow)
        self.ruleRanks = program.rules.map { ranks.rank(of: $0.id.location) }
        let stages = workflow.stages.enumerated().map { index, stage in
            StageInfo(
                index: index,
                stage: stage,
                rules: rules,
                criterionRanks: stage.exitCriteria.map { ranks.rank(of: $0.id.location) },
                branchRanks: stage.branches.map { ranks.rank(of: $0.id.location) }
            )
        }
        self.stages = stages
        let compiled = program.plans[workflow.id.value].flatMap {
            CompiledWorkflow(plan: $0, workflow: workflow, rules: program.rules)
        }
        self.compiled = compiled
        self.dateSensitive = stages.map { stage in
            guard let compiled else { return [] }
            let references =
                stage.scope.map { ConditionRef.rule($0.rule) }
                + stage.stage.exitCriteria.indices.map { ConditionRef.criterion(stage: stage.index, index: $0) }
                + stage.stage.branches.indices.map { ConditionRef.branch(stage: stage.index, index: $0) }
            return references.filter { compiled.index(of: $0).map { compiled.readsDate[$0] } ?? false }
        }
    }

    /// The stage called `id`, by a linear scan (workflows have a handful of stages).
    func stage(_ id: String) -> StageInfo? {
        stages.first { $0.id == id }
    }
}

/// Ranks source locations in program file order: files in load order, then line, then column.
struct FileOrder {
    private let locations: [SourceLocation]
    private let fileRanks: [String: Int]

    init(program: Program, workflow: Workflow) {
        var fileRanks: [String: Int] = [:]
        for document in program.documents where fileRanks[document.location.file] == nil {
            fileRanks[document.location.file] = fileRanks.count
        }
        var locations = program.rules.map(\.id.location)
        for stage in workflow.stages {
            locations += stage.exitCriteria.map(\.id.location) + stage.branches.map(\.id.location)
        }
        self.fileRanks = fileRanks
        self.locations = locations.sorted { Self.precedes($0, $1, fileRanks) }
    }

    /// The location's position among every rule, criterion and branch location.
    func rank(of location: SourceLocation) -> Int {
        var low = 0
        var high = locations.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(locations[middle], location, fileRanks) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func precedes(_ lhs: SourceLocation, _ rhs: SourceLocation, _ ranks: [String: Int]) -> Bool {
        let left = ranks[lhs.file] ?? Int.max
        let right = ranks[rhs.file] ?? Int.max
        if left != right { return left < right }
        return lhs < rhs
    }
}
