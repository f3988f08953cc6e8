import JalurDiagnostics
import JalurModel

extension ReadContext {
    /// Text for people: a string, or a map of language codes (`en`, `id`, `pt-BR`) to strings.
    func text(_ node: RawNode, for key: String) -> LocalizedText? {
        if let text = node.string { return LocalizedText(plain: text) }
        let expected = "a string or a map of language codes such as '{en: ..., id: ...}'"
        guard let pairs = node.pairs, !pairs.isEmpty else {
            wrongType(node, expected: expected, for: key)
            return nil
        }
        var translations: [(language: String, text: String)] = []
        var isValid = true
        for pair in pairs {
            guard let language = pair.key.string, Self.isLanguageCode(language) else {
                diagnostics.error(
                    "invalid-language",
                    "'\(pair.key.scalar?.text ?? "?")' is not a language code in '\(key)'",
                    at: pair.key.location,
                    help: "use lowercase language codes such as 'en' or 'id'"
                )
                isValid = false
                continue
            }
            guard let text = pair.value.string else {
                wrongType(pair.value, expected: "a string", for: "\(key).\(language)")
                isValid = false
                continue
            }
            translations.append((language, text))
        }
        return isValid ? LocalizedText(translations) : nil
    }

    /// Whether `text` looks like a language code: 2–3 lowercase letters, optionally `-` and a region.
    static func isLanguageCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) })
        else { return false }
        guard parts.count == 2 else { return true }
        let region = parts[1]
        return (2...8).contains(region.count) && region.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
