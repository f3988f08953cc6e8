/// Text shown to people: a plain string or a map of language codes (`{en: "...", id: "..."}`).
public struct LocalizedText: Hashable, Sendable, Codable {
    /// Translations by language code, in the order written; a plain string is stored under `""`.
    public var translations: [(language: String, text: String)]

    /// Creates text from translations in order.
    public init(_ translations: [(language: String, text: String)]) {
        self.translations = translations
    }

    /// Creates text in no particular language.
    public init(plain: String) {
        self.translations = [("", plain)]
    }

    /// The text in `language`, falling back to English, then to the first translation present.
    public func text(in language: String) -> String {
        translations.first { $0.language == language }?.text
            ?? translations.first { $0.language == "en" }?.text
            ?? translations.first?.text
            ?? ""
    }

    /// Equal when the same languages carry the same texts in the same order.
    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.translations.map(\.language) == rhs.translations.map(\.language)
            && lhs.translations.map(\.text) == rhs.translations.map(\.text)
    }

    /// Hashes every language and text.
    public func hash(into hasher: inout Hasher) {
        for (language, text) in translations {
            hasher.combine(language)
            hasher.combine(text)
        }
    }

    private struct Pair: Codable {
        let language: String
        let text: String
    }

    /// Decodes from a list of `{language, text}` pairs.
    public init(from decoder: any Decoder) throws {
        translations = try [Pair](from: decoder).map { ($0.language, $0.text) }
    }

    /// Encodes as a list of `{language, text}` pairs.
    public func encode(to encoder: any Encoder) throws {
        try translations.map { Pair(language: $0.language, text: $0.text) }.encode(to: encoder)
    }
}
