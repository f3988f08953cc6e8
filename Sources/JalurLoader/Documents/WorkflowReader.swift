import JalurDiagnostics
import JalurModel

/// Reads a `kind: workflow` document (SPEC §2.3).
struct WorkflowReader {
    /// The roles a stage or rule may name.
    static let roles = ["facilitator", "mediator", "advocate"]

    let context: ReadContext

    /// The workflow in `mapping`; `nil` when a required key is unusable.
    func read(_ mapping: MappingReader, header: DocumentHeader) -> Workflow? {
        mapping.rejectUnknownKeys(
            allowed: DocumentHeader.commonKeys + ["title", "facts", "start", "stages", "description"]
        )
        let title = mapping.value("title").flatMap { context.text($0, for: "title") }
        let description = mapping.value("description").flatMap { context.text($0, for: "description") }
        let facts = mapping.required("facts", example: "resident").flatMap { context.identifier($0, for: "facts") }
        let start = mapping.required("start", example: "preparation").flatMap { context.identifier($0, for: "start") }
        let stageNodes = mapping.required("stages", example: "[{id: ..., next: ...}]").flatMap {
            context.list($0, for: "stages")
        }
        let stages = (stageNodes ?? []).compactMap(readStage)
        DuplicateIDs.report(
            stages.map(\.id),
            what: "stage",
            in: "workflow '\(header.id.value)'",
            to: context.diagnostics
        )
        guard let facts, let start, stageNodes != nil else { return nil }
        return Workflow(
            id: header.id,
            title: title,
            facts: facts,
            start: start,
            stages: stages,
            description: description
        )
    }

    private func readStage(_ node: RawNode) -> Stage? {
        guard let stage = MappingReader(node, what: "a stage", key: "stages", context: context) else { return nil }
        stage.rejectUnknownKeys(allowed: [
            "id", "title", "role", "min_days", "max_days", "exit_criteria", "branches", "next", "terminal",
            "description",
        ])
        let id = stage.required("id", example: "assessment").flatMap { context.identifier($0, for: "id") }
        var result = Stage(id: id ?? Located("", at: stage.node.location))
        result.title = stage.value("title").flatMap { context.text($0, for: "title") }
        result.role = stage.value("role").flatMap { context.choice($0, for: "role", among: Self.roles) }
        result.minDays = stage.value("min_days").flatMap { context.dayLimit($0, for: "min_days") }
        result.maxDays = stage.value("max_days").flatMap { context.dayLimit($0, for: "max_days") }
        result.exitCriteria =
            stage.value("exit_criteria").flatMap { context.list($0, for: "exit_criteria") }?
            .compactMap(readCriterion) ?? []
        result.branches =
            stage.value("branches").flatMap { context.list($0, for: "branches") }?
            .compactMap(readBranch) ?? []
        result.next = stage.value("next").flatMap { context.identifier($0, for: "next") }
        result.isTerminal = stage.value("terminal").flatMap { context.bool($0, for: "terminal") } ?? false
        result.description = stage.value("description").flatMap { context.text($0, for: "description") }
        let scope = "stage '\(result.id.value)'"
        DuplicateIDs.report(result.exitCriteria.map(\.id), what: "exit criterion", in: scope, to: context.diagnostics)
        DuplicateIDs.report(result.branches.map(\.id), what: "branch", in: scope, to: context.diagnostics)
        return id == nil ? nil : result
    }

    private func readCriterion(_ node: RawNode) -> Criterion? {
        guard let criterion = MappingReader(node, what: "an exit criterion", key: "exit_criteria", context: context)
        else { return nil }
        criterion.rejectUnknownKeys(allowed: ["id", "when", "because"])
        let id = criterion.required("id", example: "consent").flatMap { context.identifier($0, for: "id") }
        let when = criterion.required("when", example: "resident.consent_signed").flatMap {
            context.condition($0, for: "when")
        }
        let because = criterion.value("because").flatMap { context.text($0, for: "because") }
        guard let id, let when else { return nil }
        return Criterion(id: id, when: when, because: because)
    }

    private func readBranch(_ node: RawNode) -> Branch? {
        guard let branch = MappingReader(node, what: "a branch", key: "branches", context: context) else { return nil }
        branch.rejectUnknownKeys(allowed: ["id", "to", "when", "because"])
        let to = branch.required("to", example: "termination").flatMap { context.identifier($0, for: "to") }
        let explicitID = branch.value("id").flatMap { context.identifier($0, for: "id") }
        let when = branch.required("when", example: "resident.discharge_requested").flatMap {
            context.condition($0, for: "when")
        }
        let because = branch.value("because").flatMap { context.text($0, for: "because") }
        guard let to, let when, branch.value("id") == nil || explicitID != nil else { return nil }
        let id = explicitID ?? Located("to-\(to.value)", at: to.location)
        return Branch(id: id, to: to, when: when, because: because)
    }
}
