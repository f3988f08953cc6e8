import JalurDiagnostics
import JalurModel

/// Which kinds of document the loader may have read only in part, judged from its errors.
///
/// A loader error that drops a value (a stage without a usable `id`, a `next` of the wrong type, a file that
/// is not YAML) would make the validator report what follows from the gap (`unknown-stage` for every rule
/// naming the dropped stage, a dead end where `next` was). The validator leaves out such follow-on
/// diagnostics until the loader's errors are fixed.
struct LoadGaps {
    /// Document kinds some of whose content may be missing from the program.
    let incompleteKinds: Set<DocumentKind>

    /// Loader codes that never drop anything from the model: the value is kept, or only its compiled
    /// expression is missing.
    static let keepsModel: Set<String> = [
        "unknown-key", "duplicate-id", "duplicate-value", "invalid-language", "invalid-range", "misplaced-key",
        "expression-syntax", "expression-too-long", "expression-type", "derived-cycle", "unknown-identifier",
        "unknown-field", "unknown-function", "unknown-enum-value", "wrong-arguments", "type-mismatch",
        "invalid-regex",
    ]

    /// Validator codes that are reliable only when documents of these kinds were read in full.
    static let dependsOn: [String: Set<DocumentKind>] = [
        "unknown-facts-schema": [.facts],
        "unknown-stage": [.workflow],
        "unreachable-stage": [.workflow],
        "no-path-to-terminal": [.workflow],
        "no-terminal-stage": [.workflow],
        "dead-end-stage": [.workflow],
        "rule-never-in-scope": [.workflow],
        "unknown-service": [.services],
        "unknown-rule": [.rules],
        "unused-service": [.rules],
    ]

    /// Finds the gaps that `loadDiagnostics` reveal in `program`.
    ///
    /// An error in a file marks the kinds of the documents read from it; an error in a file from which no
    /// document was read (or that names no file, such as a missing path) marks every kind.
    init(program: Program, loadDiagnostics: [Diagnostic]) {
        var kindsByFile: [String: Set<DocumentKind>] = [:]
        for document in program.documents { kindsByFile[document.location.file, default: []].insert(document.kind) }
        var incomplete: Set<DocumentKind> = []
        for diagnostic in loadDiagnostics where diagnostic.severity == .error {
            guard !Self.keepsModel.contains(diagnostic.code) else { continue }
            incomplete.formUnion(kindsByFile[diagnostic.location.file] ?? Set(DocumentKind.allCases))
        }
        incompleteKinds = incomplete
    }

    /// Whether `diagnostic` could be a consequence of a gap rather than a problem of its own.
    func mayFollowFromGap(_ diagnostic: Diagnostic) -> Bool {
        guard let kinds = Self.dependsOn[diagnostic.code] else { return false }
        return !kinds.isDisjoint(with: incompleteKinds)
    }
}
