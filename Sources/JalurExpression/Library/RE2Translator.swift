/// Rewrites an RE2 pattern into an ICU pattern with the same meaning (see ``CompiledRegex``).
///
/// Besides the rewrites listed there, `\pL` becomes `\p{L}` and the empty pattern `(?:)`.
struct RE2Translator {
    private static let asciiClasses: [Character: (inClass: String, outside: String)] = [
        "d": ("0-9", "[0-9]"), "D": ("[^0-9]", "[^0-9]"),
        "w": ("0-9A-Za-z_", "[0-9A-Za-z_]"), "W": ("[^0-9A-Za-z_]", "[^0-9A-Za-z_]"),
        "s": ("\\t\\n\\f\\r ", "[\\t\\n\\f\\r ]"), "S": ("[^\\t\\n\\f\\r ]", "[^\\t\\n\\f\\r ]"),
    ]
    private static let unsupportedGroups = ["(?=", "(?!", "(?<=", "(?<!", "(?>"].map(Array.init)

    private let pattern: String
    private let characters: [Character]
    private let isMultiline: Bool
    private var output = ""
    private var position = 0
    /// Where the current character class's members start, when inside one.
    private var classStart: Int?

    /// Translates `pattern`, or throws when it uses syntax RE2 does not have.
    static func translate(_ pattern: String) throws(RegexError) -> String {
        var translator = RE2Translator(pattern: pattern)
        try translator.run()
        return translator.output.isEmpty ? "(?:)" : translator.output  // ICU rejects an empty pattern
    }

    private init(pattern: String) {
        self.pattern = pattern
        self.characters = Array(pattern)
        self.isMultiline = Self.hasMultilineFlag(characters)
    }

    /// Whether a flag group such as `(?m)` or `(?im:` turns on multi-line mode.
    private static func hasMultilineFlag(_ characters: [Character]) -> Bool {
        var i = 0
        while i + 2 < characters.count {
            if characters[i] == "(", characters[i + 1] == "?" {
                let flags = characters[(i + 2)...].prefix { $0.isLetter }
                if flags.contains("m") { return true }
            }
            i += 1
        }
        return false
    }

    private mutating func run() throws(RegexError) {
        while position < characters.count {
            let c = characters[position]
            if c == "\\", position + 1 < characters.count {
                try escape(characters[position + 1])
                position += 2
            } else if classStart != nil {
                classMember(c)
                position += 1
            } else {
                try outsideClass(c)
                position += 1
            }
        }
    }

    private mutating func escape(_ next: Character) throws(RegexError) {
        if next.isNumber, next != "0" { throw reject("backreference \\\(next)") }
        if let ascii = Self.asciiClasses[next] {
            output += classStart != nil ? ascii.inClass : ascii.outside
        } else if next == "p" || next == "P", position + 2 < characters.count, characters[position + 2] != "{" {
            output += "\\" + String(next) + "{" + String(characters[position + 2]) + "}"  // \pL is \p{L}
            position += 1
        } else {
            output += "\\" + String(next)
        }
    }

    private mutating func classMember(_ c: Character) {
        let next = position + 1 < characters.count ? characters[position + 1] : nil
        switch c {
        case "]" where position > (classStart ?? 0):
            classStart = nil
            output += "]"
        case "]", "&":
            output += "\\" + String(c)
        case "[" where next != ":":
            output += "\\["
        case "-" where next == "-":
            output += "\\-"
        case "[":  // a POSIX class such as [:alpha:], copied whole
            let end = characters[(position + 2)...].firstIndex(of: "]") ?? characters.count - 1
            output += String(characters[position...end])
            position = end
        default:
            output += String(c)
        }
    }

    private mutating func outsideClass(_ c: Character) throws(RegexError) {
        let rest = characters[position...]
        switch c {
        case "[":
            output += "["
            if position + 1 < characters.count, characters[position + 1] == "^" {
                output += "^"
                position += 1
            }
            classStart = position + 1
        case "(" where rest.starts(with: Array("(?P<")):
            output += "(?<"
            position += 3
        case "(" where Self.unsupportedGroups.contains { rest.starts(with: $0) }:
            throw reject("lookaround or atomic group")
        case "*", "+", "?", "}":
            if position + 1 < characters.count, characters[position + 1] == "+" {
                throw reject("possessive quantifier \(c)+")
            }
            output += String(c)
        case "$" where !isMultiline:
            output += "\\z"
        default:
            output += String(c)
        }
    }

    private func reject(_ what: String) -> RegexError {
        RegexError("invalid regular expression '\(pattern)': \(what) is not supported")
    }
}
