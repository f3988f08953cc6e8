import JalurDiagnostics
import JalurModel

/// Reads the keys of one YAML mapping: unknown keys, missing keys, and the value of each key.
struct MappingReader {
    /// The mapping node.
    let node: RawNode
    /// A short name for messages, such as `a stage`.
    let what: String
    let context: ReadContext
    private let pairs: [RawPair]

    /// Reads `node` as a mapping; `nil`, with a `wrong-type` error, when it is not one.
    init?(_ node: RawNode, what: String, key: String, context: ReadContext) {
        guard let pairs = node.pairs else {
            context.wrongType(node, expected: "a mapping", for: key, help: "write \(what) as 'key: value' lines")
            return nil
        }
        self.node = node
        self.what = what
        self.context = context
        self.pairs = pairs
    }

    /// Every key written, with its node, in order (non-string keys are left out).
    var keys: [Located<String>] {
        pairs.compactMap { pair in pair.key.string.map { Located($0, at: pair.key.location) } }
    }

    /// Every pair in order.
    var entries: [RawPair] { pairs }

    /// Reports each key not in `allowed` at the key, with a did-you-mean hint, and each non-string key.
    func rejectUnknownKeys(allowed: [String]) {
        for pair in pairs {
            guard let name = pair.key.string else {
                context.diagnostics.error(
                    "wrong-type",
                    "expected a string key in \(what), found \(pair.key.kindDescription)",
                    at: pair.key.location,
                    help: "keys are plain names such as 'id'"
                )
                continue
            }
            guard !allowed.contains(name) else { continue }
            let help = DidYouMean.closest(to: name, among: allowed).map { "did you mean '\($0)'?" }
            context.diagnostics.error(
                "unknown-key",
                "unknown key '\(name)' in \(what)",
                at: pair.key.location,
                help: help ?? "allowed keys: \(allowed.sorted().joined(separator: ", "))"
            )
        }
    }

    /// The value of `key`, if written and not null.
    func value(_ key: String) -> RawNode? {
        guard let value = pairs.first(where: { $0.key.scalar?.text == key })?.value, !value.isNull else { return nil }
        return value
    }

    /// The key node of `key`, if written.
    func keyNode(_ key: String) -> RawNode? { pairs.first { $0.key.scalar?.text == key }?.key }

    /// The value of `key`; reports `missing-key` at the mapping when absent or null.
    func required(_ key: String, example: String = "...") -> RawNode? {
        if let value = value(key) { return value }
        let location = keyNode(key)?.location ?? node.location
        context.diagnostics.error(
            "missing-key",
            "missing key '\(key)' in \(what)",
            at: location,
            help: "add '\(key): \(example)'"
        )
        return nil
    }
}
