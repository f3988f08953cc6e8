/// ANSI colours for text output, or none (not a terminal, or `NO_COLOR` set).
public struct TextStyle: Sendable {
    /// Whether escapes are written.
    public var isColored: Bool

    /// Creates a style.
    public init(isColored: Bool) {
        self.isColored = isColored
    }

    /// Plain text, for files, pipes and tests.
    public static let plain = TextStyle(isColored: false)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "1;31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        isColored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
