import JalurDiagnostics

/// The decoded text of one file, with random access by line and column for positions inside scalars.
final class SourceText {
    /// The path used in diagnostics.
    let file: String
    /// The text without a leading byte-order mark.
    let text: String

    /// Creates source text.
    init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    /// The Unicode scalars of each line, without the line break (`\n`, `\r\n` or `\r`).
    private(set) lazy var lines: [[Unicode.Scalar]] = {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lines.append(current) }
                current = []
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append(current)
                current = []
                previousWasCR = true
            } else {
                current.append(scalar)
                previousWasCR = false
            }
        }
        lines.append(current)
        return lines
    }()

    /// The scalars of 1-based `line`, empty past the end.
    func line(_ line: Int) -> [Unicode.Scalar] {
        line >= 1 && line <= lines.count ? lines[line - 1] : []
    }

    /// A location in this file; `line` and `column` are 1-based.
    ///
    /// A position past the last line (libyaml reports errors at the end of a file without a final line break on
    /// the line after it) becomes the end of the last line, so every diagnostic points at text that exists.
    func location(line: Int, column: Int) -> SourceLocation {
        guard line > lines.count else { return SourceLocation(file: file, line: max(1, line), column: max(1, column)) }
        return SourceLocation(file: file, line: lines.count, column: lines[lines.count - 1].count + 1)
    }
}
