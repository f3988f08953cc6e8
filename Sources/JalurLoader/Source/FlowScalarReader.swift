import JalurDiagnostics
import JalurModel

/// Replays YAML's reading of a plain, single-quoted or double-quoted scalar over the raw text, recording where
/// each produced Unicode scalar came from (an escape maps to its backslash, a folded line break to the break).
struct FlowScalarReader {
    let source: SourceText
    let style: RawScalarStyle
    private var line: Int
    private var column: Int
    private var produced: [(scalar: Unicode.Scalar, location: SourceLocation)] = []
    /// How many of the last produced scalars are raw spaces or tabs, dropped if a line break follows.
    private var trailingSpaces = 0

    init(source: SourceText, style: RawScalarStyle, start: SourceLocation) {
        self.source = source
        self.style = style
        line = start.line
        column = start.column + (style == .plain ? 0 : 1)
    }

    /// The location of each scalar of `expected`, or `nil` when the replay does not produce exactly it.
    mutating func locations(matching expected: [Unicode.Scalar]) -> [SourceLocation]? {
        while produced.count < expected.count {
            guard step() else { break }
        }
        guard produced.count == expected.count, produced.map(\.scalar) == expected else { return nil }
        return produced.map(\.location)
    }

    /// Reads one step; `false` at the closing quote or the end of the text.
    private mutating func step() -> Bool {
        let text = source.line(line)
        guard column <= text.count else { return fold() }
        let scalar = text[column - 1]
        let here = source.location(line: line, column: column)
        switch (style, scalar) {
        case (.singleQuoted, "'"):
            guard column < text.count, text[column] == "'" else { return false }
            emit("'", at: here)
            column += 2
        case (.doubleQuoted, "\""):
            return false
        case (.doubleQuoted, "\\"):
            return escape(in: text, at: here)
        default:
            emit(scalar, at: here)
            trailingSpaces = scalar == " " || scalar == "\t" ? trailingSpaces + 1 : 0
            column += 1
        }
        return true
    }

    private mutating func emit(_ scalar: Unicode.Scalar, at location: SourceLocation) {
        produced.append((scalar, location))
        trailingSpaces = 0
    }

    /// At a line break: drops trailing spaces, skips blank lines and indentation, and produces a space for one
    /// break or `n - 1` line feeds for `n` breaks.
    private mutating func fold() -> Bool {
        guard line < source.lines.count else { return false }
        produced.removeLast(min(trailingSpaces, produced.count))
        trailingSpaces = 0
        let here = source.location(line: line, column: column)
        var breaks = 0
        repeat {
            breaks += 1
            line += 1
            column = skipWhitespace(in: source.line(line), from: 1)
        } while column > source.line(line).count && line < source.lines.count
        if breaks == 1 {
            produced.append((" ", here))
        } else {
            for _ in 1..<breaks { produced.append(("\n", here)) }
        }
        return true
    }

    private func skipWhitespace(in text: [Unicode.Scalar], from start: Int) -> Int {
        var column = start
        while column <= text.count, text[column - 1] == " " || text[column - 1] == "\t" { column += 1 }
        return column
    }

    /// Reads a double-quoted escape starting at the backslash.
    private mutating func escape(in text: [Unicode.Scalar], at here: SourceLocation) -> Bool {
        guard column < text.count else {
            // An escaped line break joins the lines without a space.
            guard line < source.lines.count else { return false }
            line += 1
            column = skipWhitespace(in: source.line(line), from: 1)
            trailingSpaces = 0
            return true
        }
        let code = text[column]
        let hexLength: Int = code == "x" ? 2 : code == "u" ? 4 : code == "U" ? 8 : 0
        if hexLength > 0 {
            guard column + 1 + hexLength <= text.count,
                let value = UInt32(
                    String(String.UnicodeScalarView(text[(column + 1)...(column + hexLength)])),
                    radix: 16
                ),
                let scalar = Unicode.Scalar(value)
            else { return false }
            emit(scalar, at: here)
            column += 2 + hexLength
            return true
        }
        guard let scalar = Self.simpleEscapes[code] else { return false }
        emit(scalar, at: here)
        column += 2
        return true
    }

    private static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{0B}", "f": "\u{0C}",
        "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
        "L": "\u{2028}", "P": "\u{2029}",
    ]
}
