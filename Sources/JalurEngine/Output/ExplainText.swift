import JalurModel

/// The `--explain` part of the staff view: per rule, criterion and branch, the condition, the values it read
/// and whether it was true, false or undetermined.
struct ExplainText {
    let view: StaffView

    func lines(_ evaluation: Evaluation) -> [String] {
        let style = view.style
        var lines: [String] = []
        var outOfScope: [String] = []
        for entry in evaluation.trace {
            guard entry.inScope else {
                outOfScope.append(entry.id)
                continue
            }
            let outcome: String =
                switch entry.outcome {
                case .true: style.green("true")
                case .false: "false"
                case .undetermined: style.yellow("undetermined")
                }
            lines.append("  \(entry.subject.rawValue) \(entry.id): \(outcome)")
            lines.append("      " + style.dim(entry.condition))
            if !entry.evidence.isEmpty {
                let values = entry.evidence.map { "\($0.path) = \($0.json)" }.joined(separator: ", ")
                lines.append("      \(view.labels.reads): \(values)")
            }
            if let note = entry.note { lines.append("      \(note)") }
        }
        if !outOfScope.isEmpty {
            lines.append("  \(view.labels.outOfScope): \(outOfScope.count) (\(outOfScope.joined(separator: ", ")))")
        }
        return lines
    }
}
