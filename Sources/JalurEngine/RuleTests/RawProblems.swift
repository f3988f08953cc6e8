import JalurDiagnostics
import JalurModel

/// Reads raw YAML nodes of a test, collecting located diagnostics.
struct RawProblems {
    private(set) var diagnostics: [Diagnostic] = []

    /// Whether any diagnostic is an error.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func error(_ code: String, _ message: String, at location: SourceLocation, help: String?) {
        diagnostics.append(Diagnostic(code: code, severity: .error, message: message, location: location, help: help))
    }

    mutating func missing(_ key: String, in what: String, at node: RawNode, example: String) {
        error("missing-key", "\(what) needs '\(key)'", at: node.location, help: "add '\(example)'")
    }

    mutating func wrongType(_ key: String, expected: String, found node: RawNode, help: String) {
        error("wrong-type", "'\(key)' must be \(expected), not \(node.kindDescription)", at: node.location, help: help)
    }

    /// The pairs of a mapping by key; unknown and repeated keys are reported at the key.
    mutating func mapping(_ node: RawNode, allowed: [String], in what: String) -> [String: RawNode] {
        guard let pairs = node.pairs else {
            error(
                "wrong-type",
                "\(what) must be a mapping, not \(node.kindDescription)",
                at: node.location,
                help: "write 'key: value' lines"
            )
            return [:]
        }
        var values: [String: RawNode] = [:]
        for pair in pairs {
            let key = pair.key.scalar?.text ?? ""
            guard allowed.contains(key) else {
                let help =
                    DidYouMean.closest(to: key, among: allowed).map { "did you mean '\($0)'?" }
                    ?? "known keys: \(allowed.joined(separator: ", "))"
                error("unknown-key", "unknown key '\(key)' in \(what)", at: pair.key.location, help: help)
                continue
            }
            guard values[key] == nil else {
                error("duplicate-key", "key '\(key)' appears twice", at: pair.key.location, help: "keep one")
                continue
            }
            values[key] = pair.value
        }
        return values
    }

    /// A non-empty string, or a diagnostic.
    mutating func string(_ node: RawNode, for key: String) -> String? {
        guard let text = node.string, !text.isEmpty else {
            wrongType(key, expected: "a non-empty string", found: node, help: "write text, quoted if it contains ': '")
            return nil
        }
        return text
    }
}
