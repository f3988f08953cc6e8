import JalurModel
import JalurDiagnostics
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

/// `jalur diff --format json`: totals, the changes grouped by what is responsible, and per resident.
public struct DiffJSON: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The JSON text, ending with a line break.
    public func render(_ report: DiffReport) -> String {
        var json = JSONComposer(isSpaced: true)
        json.beginObject()
        json.key("as_of")
        json.string(report.asOf.description)
        json.key("residents")
        json.int(report.residents.count)
        json.key("changed")
        json.int(report.changed.count)
        json.key("counts")
        json.beginObject()
        for (kind, count) in report.counts {
            json.key(kind.rawValue)
            json.int(count)
        }
        json.endObject()
        json.key("groups")
        json.beginArray()
        for (group, entries) in report.byGroup {
            json.breakLine(indent: 2)
            json.beginObject()
            json.key(group.kind == .move ? "move" : "\(group.kind)")
            json.string(group.id)
            json.key("residents")
            json.strings(Array(Set(entries.map(\.resident))).sorted())
            json.key("changes")
            json.beginArray()
            for entry in entries { write(entry.change, resident: entry.resident, &json) }
            json.endArray()
            json.endObject()
        }
        json.newline(indent: 0)
        json.endArray()
        json.key("changed_residents")
        json.beginArray()
        for resident in report.changed {
            json.breakLine(indent: 2)
            json.beginObject()
            json.key("resident")
            json.string(resident.resident)
            json.key("source")
            json.string(resident.source.file)
            json.key("changes")
            json.beginArray()
            for change in resident.changes { write(change, resident: nil, &json) }
            json.endArray()
            json.endObject()
        }
        json.newline(indent: 0)
        json.endArray()
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }

    private func write(_ change: SuggestionChange, resident: String?, _ json: inout JSONComposer) {
        json.beginObject()
        if let resident {
            json.key("resident")
            json.string(resident)
        }
        json.key("change")
        json.string(change.kind.rawValue)
        json.key("subject")
        json.string(change.subject)
        json.key("before")
        json.string(change.before)
        json.key("after")
        json.string(change.after)
        json.key("responsible")
        json.strings(change.responsible.map(\.label))
        json.endObject()
    }
}
