public import JalurModel

/// The text a social worker reads for one resident: stage and days, urgent items first, the stage move or what
/// blocks it, referrals, aftercare and alerts with their reasons and roles, and what to record next.
public struct StaffView: Sendable {
    /// The program that gives stage, service and rule titles.
    public let program: Program
    /// `en` or `id`.
    public let language: String
    /// Colours for urgent and overdue items, or none.
    public let style: TextStyle
    /// Whether to add the explanation of every condition (`--explain`).
    public let explains: Bool

    /// Creates a view.
    public init(program: Program, language: String, style: TextStyle = .plain, explains: Bool = false) {
        self.program = program
        self.language = language
        self.style = style
        self.explains = explains
    }

    var labels: OutputLabels { .forLanguage(language) }

    /// The staff view of one evaluation, ending with a line break.
    public func render(_ evaluation: Evaluation) -> String {
        var lines = header(evaluation)
        let urgentReferrals = evaluation.referrals.filter { $0.urgency <= .urgent }
        let criticalAlerts = evaluation.alerts.filter { $0.level == .critical }
        if !urgentReferrals.isEmpty || !criticalAlerts.isEmpty {
            lines.append("")
            lines.append(style.red(labels.urgent))
            lines += urgentReferrals.flatMap { suggestionLines($0, marker: "!") }
            lines += criticalAlerts.flatMap { alertLines($0, marker: "!") }
        }
        lines.append("")
        lines += moveLines(evaluation)
        section(
            labels.referrals,
            evaluation.referrals.filter { $0.urgency > .urgent }.flatMap { suggestionLines($0, marker: "-") },
            into: &lines
        )
        section(labels.aftercare, evaluation.aftercare.flatMap { suggestionLines($0, marker: "-") }, into: &lines)
        section(
            labels.alerts,
            evaluation.alerts.filter { $0.level != .critical }.flatMap { alertLines($0, marker: "-") },
            into: &lines
        )
        section(labels.recordNext, recordNextLines(evaluation), into: &lines)
        section(
            labels.undecided.prefix(1).uppercased() + labels.undecided.dropFirst(),
            errorLines(evaluation),
            into: &lines
        )
        section(labels.notes, evaluation.notes.map { "  - \($0)" }, into: &lines)
        if explains { section(labels.explain, ExplainText(view: self).lines(evaluation), into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ evaluation: Evaluation) -> [String] {
        let workflow = program.workflow(evaluation.workflow)
        let workflowTitle = workflow?.title.map { " · " + $0.text(in: language) } ?? ""
        var stageLine = "\(labels.stage): \(stageTitle(evaluation.stage.id, workflow: evaluation.workflow))"
        stageLine += " · \(labels.days(evaluation.stage.daysInStage))"
        if let overdue = evaluation.alerts.first(where: { $0.rule == "overdue" }), let days = overdue.daysOver {
            stageLine += " · " + style.yellow("\(labels.overdueBy) \(labels.days(days))")
        } else if evaluation.stage.overdue {
            stageLine += " · " + style.yellow(labels.overdueBy)
        }
        if evaluation.stage.complete == true { stageLine += " · \(labels.complete)" }
        return [
            style.bold("\(labels.resident) \(evaluation.resident)") + workflowTitle
                + " · \(labels.asOf) \(evaluation.asOf)",
            stageLine,
        ]
    }

    func stageTitle(_ id: String, workflow: String) -> String {
        guard let title = program.workflow(workflow)?.stage(id)?.title else { return id }
        return "\(title.text(in: language)) (\(id))"
    }

    private func moveLines(_ evaluation: Evaluation) -> [String] {
        var lines: [String] = []
        if evaluation.onHold { lines.append(style.yellow(labels.onHold)) }
        if let move = evaluation.move {
            let reason = move.because.map { ": \($0.text(in: language))" } ?? ""
            lines.append(style.green("\(labels.moves) \(stageTitle(move.to, workflow: evaluation.workflow))") + reason)
            return lines
        }
        guard !evaluation.blockers.isEmpty else {
            lines.append(labels.stays)
            return lines
        }
        lines.append("\(labels.stays), \(labels.blockedBy):")
        for blocker in evaluation.blockers {
            var text = "  - \(blocker.criterion)"
            if let because = blocker.because { text += ": \(because.text(in: language))" }
            if blocker.criterion == "min-days", blocker.because == nil {
                text += ": \(labels.minDaysLeft)"
                if let left = blocker.daysLeft { text += " (\(labels.days(left)))" }
            }
            if !blocker.missing.isEmpty {
                text += " [\(labels.recordNext.lowercased()): \(blocker.missing.joined(separator: ", "))]"
            }
            lines.append(text)
        }
        return lines
    }

    private func section(_ title: String, _ body: [String], into lines: inout [String]) {
        guard !body.isEmpty else { return }
        lines.append("")
        lines.append(style.bold(title))
        lines += body
    }

    private func suggestionLines(_ suggestion: Suggestion, marker: String) -> [String] {
        let title = program.service(suggestion.service)?.title.text(in: language)
        var head = "  \(marker) " + (title.map { "\($0) [\(suggestion.service)]" } ?? suggestion.service)
        head += " · \(labels.urgency(suggestion.urgency))"
        if let role = labels.role(suggestion.role) { head += " · \(role)" }
        var lines = [marker == "!" ? style.red(head) : head]
        lines += suggestion.because.map { "      \($0.text(in: language))" }
        if !suggestion.blockedBy.isEmpty {
            lines.append("      \(labels.waitsFor): \(suggestion.blockedBy.joined(separator: ", "))")
        }
        return lines
    }

    private func alertLines(_ alert: Alert, marker: String) -> [String] {
        let title = program.rules.first { $0.id.value == alert.rule }?.title?.text(in: language)
        var head =
            "  \(marker) " + (title.map { "\($0) [\(alert.rule)]" } ?? alert.rule) + " · \(labels.level(alert.level))"
        if let days = alert.daysOver { head += " · \(labels.overdueBy) \(labels.days(days))" }
        var lines = [marker == "!" ? style.red(head) : head]
        if let because = alert.because { lines.append("      \(because.text(in: language))") }
        return lines
    }

    /// Each missing fact once, sorted, with the criteria and rules that need it.
    private func recordNextLines(_ evaluation: Evaluation) -> [String] {
        var needs: [String: [String]] = [:]
        for blocker in evaluation.blockers {
            for path in blocker.missing { needs[path, default: []].append(blocker.criterion) }
        }
        for entry in evaluation.undetermined { for path in entry.missing { needs[path, default: []].append(entry.id) } }
        return needs.keys.sorted().map { path in
            var seen = Set<String>()
            let users = (needs[path] ?? []).filter { seen.insert($0).inserted }
            return "  - \(path) (\(users.joined(separator: ", ")))"
        }
    }

    private func errorLines(_ evaluation: Evaluation) -> [String] {
        evaluation.undetermined.compactMap { entry in
            guard entry.missing.isEmpty, let error = entry.error else { return nil }
            return "  - \(entry.subject.rawValue) \(entry.id): \(error)"
        }
    }
}
