import JalurModel

/// A workflow reduced to what a diagram shows: labelled stages and the moves between them.
///
/// Both ``MermaidRenderer`` and ``DOTRenderer`` draw this, so the two formats always show the same pathway.
struct PathwayDiagram: Hashable, Sendable {
    /// One stage.
    struct Node: Hashable, Sendable {
        /// The stage id.
        let id: String
        /// The stage title in the chosen language (the id when it has none).
        let title: String
        /// Day limits such as `3–14 d`, `max 300 d` or `min expr, max 300 d`; `nil` when the stage has none.
        let days: String?
        let isStart: Bool
        let isTerminal: Bool
    }

    /// A move between stages.
    struct Edge: Hashable, Sendable {
        enum Kind: Hashable, Sendable {
            /// The forward move, taken once every exit criterion holds.
            case next
            /// A branch, labelled with its id, checked before the forward move.
            case branch(id: String)
        }

        let from: String
        let to: String
        let kind: Kind
    }

    /// The workflow id.
    let id: String
    /// The workflow title in the chosen language (the id when it has none).
    let title: String
    /// The stages in file order.
    let nodes: [Node]
    /// Per stage in file order: its branches in order, then its forward move.
    let edges: [Edge]

    /// Reduces `workflow` to a diagram, with titles in `language` (falling back as ``LocalizedText`` does).
    init(workflow: Workflow, language: String) {
        id = workflow.id.value
        title = workflow.title.map { $0.text(in: language) } ?? workflow.id.value
        nodes = workflow.stages.map { stage in
            Node(
                id: stage.id.value,
                title: stage.title.map { $0.text(in: language) } ?? stage.id.value,
                days: Self.daysLabel(min: stage.minDays, max: stage.maxDays),
                isStart: stage.id.value == workflow.start.value,
                isTerminal: stage.isTerminal
            )
        }
        edges = workflow.stages.flatMap { stage in
            let from = stage.id.value
            let branches = stage.branches.map { Edge(from: from, to: $0.to.value, kind: .branch(id: $0.id.value)) }
            return branches + (stage.next.map { [Edge(from: from, to: $0.value, kind: .next)] } ?? [])
        }
    }

    /// Every stage id the edges name that is not a stage of the workflow, in order of first mention.
    var undeclaredTargets: [String] {
        var known = Set(nodes.map(\.id))
        return edges.map(\.to).filter { known.insert($0).inserted }
    }

    /// `3–14 d` when both limits are constants, otherwise `min …, max …` with `expr` for expressions.
    static func daysLabel(min: DayLimit?, max: DayLimit?) -> String? {
        switch (min, max) {
        case (nil, nil):
            return nil
        case (.constant(let low)?, .constant(let high)?):
            return low.value == high.value ? "\(low.value) d" : "\(low.value)–\(high.value) d"
        default:
            let parts = [min.map { "min " + describe($0) }, max.map { "max " + describe($0) }]
            return parts.compactMap { $0 }.joined(separator: ", ")
        }
    }

    private static func describe(_ limit: DayLimit) -> String {
        switch limit {
        case .constant(let days): "\(days.value) d"
        case .expression: "expr"
        }
    }
}
