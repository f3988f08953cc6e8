import JalurModel

/// `jalur diff` text output: per rule (then criteria, branches and stage moves), the residents whose
/// suggestions it changes, then the summary line with counts.
public struct DiffText: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The whole output, ending with a line break.
    public func render(_ report: DiffReport) -> String {
        var lines: [String] = []
        for (group, entries) in report.byGroup {
            let residents = Set(entries.map(\.resident)).count
            lines.append("\(group.label): \(residents) \(residents == 1 ? "resident" : "residents")")
            for entry in entries { lines.append("  \(entry.resident): \(entry.change.summary)") }
            lines.append("")
        }
        lines.append("\(report.summaryLine) (as of \(report.asOf))")
        return lines.joined(separator: "\n") + "\n"
    }
}
