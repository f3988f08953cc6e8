import JalurModel

/// `jalur diff --format markdown`: a summary table and one section per rule, ready to post as a pull-request
/// comment.
public struct DiffMarkdown: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown text, ending with a line break.
    public func render(_ report: DiffReport) -> String {
        var lines = ["### Rule changes: \(report.summaryLine) (as of \(report.asOf))", ""]
        let groups = report.byGroup
        guard !groups.isEmpty else {
            lines.append("No resident's suggestions change.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines += ["| responsible | residents | changes |", "|---|---:|---:|"]
        for (group, entries) in groups {
            lines.append("| \(Self.code(group.label)) | \(Set(entries.map(\.resident)).count) | \(entries.count) |")
        }
        for (group, entries) in groups {
            lines += ["", "#### \(Self.code(group.label))", ""]
            for entry in entries {
                lines.append("- \(Self.code(entry.resident)): \(Self.escape(entry.change.summary))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func code(_ text: String) -> String { "`" + String(text.map { $0 == "`" ? "'" : $0 }) + "`" }

    private static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
