import JalurDiagnostics
import JalurModel

/// Checks that span documents: ids unique per kind, rule ids and service ids unique across the program.
enum ProgramChecks {
    /// Reports every repeated document id (per kind), rule id and service id at the repetition.
    static func reportDuplicates(in program: Program, to diagnostics: DiagnosticCollector) {
        for kind in DocumentKind.allCases {
            let ids = program.documents.filter { $0.kind == kind }.map { Located($0.id, at: $0.idLocation) }
            DuplicateIDs.report(ids, what: "\(kind.rawValue) document", in: nil, to: diagnostics)
        }
        DuplicateIDs.report(program.rules.map(\.id), what: "rule", in: nil, to: diagnostics)
        DuplicateIDs.report(program.services.map(\.id), what: "service", in: nil, to: diagnostics)
    }
}
