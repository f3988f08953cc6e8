import JalurDiagnostics
import JalurModel

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
        writeGroups(report, &json)
        writeResidents(report, &json)
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }

    private func writeGroups(_ report: DiffReport, _ json: inout JSONComposer) {
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
    }

    private func writeResidents(_ report: DiffReport, _ json: inout JSONComposer) {
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
