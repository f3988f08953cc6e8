import JalurDiagnostics

/// Finds the repeated occurrence of a mapping key in the text, since Yams reports only the first one.
struct DuplicateKeyFinder {
    let source: SourceText

    /// The position of the next `key:` in the same mapping after `first`, if the text shows it plainly.
    func secondOccurrence(of key: String, after first: SourceLocation) -> SourceLocation? {
        let spellings = [key, "'\(key)'", "\"\(key)\""].map { Array($0.unicodeScalars) }
        let firstLine = source.line(first.line)
        if let column = find(spellings, in: firstLine, from: first.column + key.unicodeScalars.count - 1) {
            return source.location(line: first.line, column: column)
        }
        var line = first.line + 1
        while line <= source.lines.count {
            let text = source.line(line)
            let indent = text.prefix { $0 == " " }.count
            let isBlank = indent == text.count || text[indent] == "#"
            if !isBlank {
                if indent + 1 < first.column { return nil }
                if indent + 1 == first.column, starts(text, at: indent, withAnyOf: spellings) {
                    return source.location(line: line, column: first.column)
                }
            }
            line += 1
        }
        return nil
    }

    /// A later `key:` on the same line after a flow separator (`{a: 1, a: 2}`).
    private func find(_ spellings: [[Unicode.Scalar]], in text: [Unicode.Scalar], from start: Int) -> Int? {
        var index = max(start, 0)
        while index < text.count {
            if text[index] == "," || text[index] == "{" {
                var next = index + 1
                while next < text.count, text[next] == " " { next += 1 }
                if starts(text, at: next, withAnyOf: spellings) { return next + 1 }
            }
            index += 1
        }
        return nil
    }

    private func starts(_ text: [Unicode.Scalar], at index: Int, withAnyOf spellings: [[Unicode.Scalar]]) -> Bool {
        spellings.contains { spelling in
            guard index + spelling.count <= text.count, Array(text[index..<index + spelling.count]) == spelling
            else { return false }
            var after = index + spelling.count
            while after < text.count, text[after] == " " { after += 1 }
            return after < text.count && text[after] == ":"
        }
    }
}
