import JalurDiagnostics
import JalurModel

/// The `jalur`, `kind` and `id` keys every document starts with.
struct DocumentHeader {
    /// The format versions this loader reads.
    static let supportedVersions = [1]
    /// Keys every document may hold.
    static let commonKeys = ["jalur", "kind", "id"]

    let kind: DocumentKind
    /// The id; empty when the document has none (reported), so that the rest of it is still checked.
    let id: Located<String>
    /// Whether the id was written (only then does the document join the program).
    var hasID: Bool { !id.value.isEmpty }
    /// Where the document's mapping starts.
    let location: SourceLocation

    /// Reads and checks the header; `nil` when the kind is unusable (everything is reported).
    static func read(_ mapping: MappingReader) -> DocumentHeader? {
        let context = mapping.context
        checkVersion(mapping)
        var kind: DocumentKind?
        if let node = mapping.required("kind", example: "workflow"), let name = context.string(node, for: "kind") {
            kind = DocumentKind(rawValue: name.value)
            if kind == nil {
                let all = DocumentKind.allCases.map(\.rawValue)
                let suggestion = DidYouMean.closest(to: name.value, among: all)
                context.diagnostics.error(
                    "unknown-kind",
                    "unknown document kind '\(name.value)'",
                    at: name.location,
                    help: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "kinds: \(all.joined(separator: ", "))"
                )
            }
        }
        let id = mapping.required("id", example: "my-id").flatMap { context.identifier($0, for: "id") }
        guard let kind else { return nil }
        return DocumentHeader(
            kind: kind,
            id: id ?? Located("", at: mapping.node.location),
            location: mapping.node.location
        )
    }

    private static func checkVersion(_ mapping: MappingReader) {
        let supported = supportedVersions.map(String.init).joined(separator: ", ")
        guard let node = mapping.required("jalur", example: "1") else { return }
        guard let version = node.int else {
            mapping.context.wrongType(
                node,
                expected: "an int",
                for: "jalur",
                help: "write 'jalur: \(supportedVersions.last ?? 1)'"
            )
            return
        }
        if supportedVersions.contains(version) { return }
        mapping.context.diagnostics.error(
            "unsupported-version",
            "unsupported format version '\(node.scalar?.text ?? node.kindDescription)'",
            at: node.location,
            help: "this jalur reads format version \(supported): write 'jalur: \(supportedVersions.last ?? 1)'"
        )
    }
}
