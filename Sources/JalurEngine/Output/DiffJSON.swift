import JalurDiagnostics
import JalurModel

/// `jalur diff --format json`: totals, the changes grouped by what is responsible, and per resident.
public struct DiffJSON: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The JSON text, ending with a line break.
    public func render(_ report: DiffReport) -> String {
        JSONComposer.document { json in
            json.member("as_of", report.asOf.description)
            json.member("residents", report.residents.count)
            json.member("changed", report.changed.count)
            json.object("counts", members: report.counts) { $0.member($1.kind.rawValue, $1.count) }
            json.objects("groups", report.byGroup, lineIndent: 2) { json, entry in
                let group = entry.group
                json.member(group.kind == .move ? "move" : "\(group.kind)", group.id)
                json.member("residents", strings: Array(Set(entry.entries.map(\.resident))).sorted())
                json.objects("changes", entry.entries) { write($1.change, resident: $1.resident, &$0) }
            }
            json.objects("changed_residents", report.changed, lineIndent: 2) { json, resident in
                json.member("resident", resident.resident)
                json.member("source", resident.source.file)
                json.objects("changes", resident.changes) { write($1, resident: nil, &$0) }
            }
        }
    }

    private func write(_ change: SuggestionChange, resident: String?, _ json: inout JSONComposer) {
        if let resident { json.member("resident", resident) }
        json.member("change", change.kind.rawValue)
        json.member("subject", change.subject)
        json.member("before", change.before)
        json.member("after", change.after)
        json.member("responsible", strings: change.responsible.map(\.label))
    }
}
