/// A regular expression that is plain text, optionally anchored (`meth`, `^meth`, `amine$`, `^\.5$`), matched
/// without the regular-expression engine.
///
/// Most patterns in rules are of this kind; comparing code points directly avoids bridging the string to
/// `NSString` on every match.
struct LiteralPattern: Sendable {
    /// The text to find.
    let text: String
    /// Whether the text must start the string (`^`).
    let isAnchoredAtStart: Bool
    /// Whether the text must end the string (`$`, outside multi-line mode).
    let isAnchoredAtEnd: Bool

    private static let metacharacters: Set<Character> = [
        "\\", ".", "+", "*", "?", "(", ")", "|", "[", "]", "{", "}", "^", "$",
    ]

    /// The literal form of an RE2 pattern, or `nil` when it uses any operator besides `^` and `$` at its ends.
    init?(_ pattern: String) {
        var characters = Substring(pattern)
        isAnchoredAtStart = characters.first == "^"
        if isAnchoredAtStart { characters = characters.dropFirst() }
        isAnchoredAtEnd = characters.last == "$" && !characters.hasSuffix("\\$")
        if isAnchoredAtEnd { characters = characters.dropLast() }
        var text = ""
        var iterator = characters.makeIterator()
        while let c = iterator.next() {
            if c == "\\" {
                // Only escaped punctuation is literal; `\d`, `\b`, `\n` and the like are not plain text.
                guard let escaped = iterator.next(), Self.metacharacters.contains(escaped) || escaped == "/"
                else { return nil }
                text.append(escaped)
            } else if Self.metacharacters.contains(c) {
                return nil
            } else {
                text.append(c)
            }
        }
        self.text = text
    }

    /// Whether `string` matches, comparing code points.
    func matches(_ string: String) -> Bool {
        switch (isAnchoredAtStart, isAnchoredAtEnd) {
        case (true, true): string.hasSameScalars(as: text)
        case (true, false): string.hasScalarPrefix(text)
        case (false, true): string.hasScalarSuffix(text)
        case (false, false): string.containsScalars(of: text)
        }
    }
}
