import JalurDiagnostics
import JalurModel

/// Reads typed values out of ``RawNode``s of one file, reporting every problem to the collector.
struct ReadContext {
    /// The file being read.
    let source: SourceText
    /// Where problems go.
    let diagnostics: DiagnosticCollector

    /// Reports that `node` is not the `expected` kind of value for `key`.
    func wrongType(_ node: RawNode, expected: String, for key: String, help: String? = nil) {
        diagnostics.error(
            "wrong-type",
            "expected \(expected) for '\(key)', found \(node.kindDescription)",
            at: node.location,
            help: help ?? "write \(expected) here"
        )
    }

    /// A string scalar.
    func string(_ node: RawNode, for key: String) -> Located<String>? {
        guard let text = node.string else {
            wrongType(
                node,
                expected: "a string",
                for: key,
                help: "write a string here; quote it if it looks like a number or bool"
            )
            return nil
        }
        return Located(text, at: node.location)
    }

    /// An id: a string matching `[a-z0-9][a-z0-9-_]*`.
    ///
    /// An invalid id is reported and still returned, so that the rest of its document is checked.
    func identifier(_ node: RawNode, for key: String) -> Located<String>? {
        guard let id = string(node, for: key) else { return nil }
        if !Self.isValidID(id.value) {
            diagnostics.error(
                "invalid-id",
                "invalid id '\(id.value)'",
                at: id.location,
                help: "ids use lowercase letters, digits, '-' and '_', and start with a letter or digit"
            )
        }
        return id
    }

    /// Whether `text` matches `[a-z0-9][a-z0-9-_]*`.
    static func isValidID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return text.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" || $0 == "_" }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// An integer scalar.
    func int(_ node: RawNode, for key: String) -> Located<Int>? {
        guard let value = node.int else {
            wrongType(node, expected: "an int", for: key)
            return nil
        }
        return Located(value, at: node.location)
    }

    /// An integer that is zero or more.
    func count(_ node: RawNode, for key: String) -> Located<Int>? {
        guard let value = int(node, for: key) else { return nil }
        guard value.value >= 0 else {
            diagnostics.error(
                "invalid-value",
                "'\(key)' must not be negative, found \(value.value)",
                at: value.location,
                help: "write 0 or a positive whole number"
            )
            return nil
        }
        return value
    }

    /// A number scalar (int or decimal).
    func double(_ node: RawNode, for key: String) -> Double? {
        guard let value = node.double else {
            wrongType(node, expected: "a number", for: key)
            return nil
        }
        return value
    }

    /// `true` or `false`; `yes`, `no`, `on`, `off` are strings (YAML 1.2) and get a hint.
    func bool(_ node: RawNode, for key: String) -> Bool? {
        if let value = node.bool { return value }
        let lookalikes = ["yes": "true", "no": "false", "on": "true", "off": "false", "y": "true", "n": "false"]
        let hint = node.scalar.flatMap { lookalikes[$0.text.lowercased()] }
        wrongType(
            node,
            expected: "a bool",
            for: key,
            help: hint.map { "write '\($0)': YAML 1.2 reads '\(node.scalar?.text ?? "")' as a string" }
                ?? "write true or false"
        )
        return nil
    }

    /// A sequence.
    func list(_ node: RawNode, for key: String) -> [RawNode]? {
        guard let items = node.items else {
            wrongType(node, expected: "a list", for: key, help: "write a list, for example '[a, b]' or '- a' lines")
            return nil
        }
        return items
    }

    /// A sequence of strings.
    func stringList(_ node: RawNode, for key: String) -> [Located<String>]? {
        guard let items = list(node, for: key) else { return nil }
        return items.compactMap { string($0, for: key) }
    }

    /// A sequence of ids.
    func identifierList(_ node: RawNode, for key: String) -> [Located<String>]? {
        guard let items = list(node, for: key) else { return nil }
        return items.compactMap { identifier($0, for: key) }
    }

    /// One of `allowed` (a string), with a did-you-mean hint otherwise.
    func choice(_ node: RawNode, for key: String, among allowed: [String]) -> Located<String>? {
        guard let value = string(node, for: key) else { return nil }
        guard allowed.contains(value.value) else {
            let suggestion = DidYouMean.closest(to: value.value, among: allowed)
            let list = allowed.joined(separator: ", ")
            diagnostics.error(
                "invalid-value",
                "invalid \(key) '\(value.value)'",
                at: value.location,
                help: suggestion.map { "did you mean '\($0)'? '\(key)' is one of \(list)" }
                    ?? "'\(key)' is one of \(list)"
            )
            return nil
        }
        return value
    }
}
