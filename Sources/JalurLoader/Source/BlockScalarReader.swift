import JalurDiagnostics
import JalurModel

/// Finds the file position of each Unicode scalar of a `|` or `>` block scalar by aligning its value with the
/// block's content lines (a kept or folded line break maps to the end of its line).
struct BlockScalarReader {
    let source: SourceText
    /// Where the `|` or `>` indicator is.
    let header: SourceLocation

    /// The location of each scalar of `expected`, or `nil` when the content lines do not align with it.
    func locations(matching expected: [Unicode.Scalar]) -> [SourceLocation]? {
        let stream = contentStream()
        var locations: [SourceLocation] = []
        locations.reserveCapacity(expected.count)
        var position = 0
        for scalar in expected {
            while true {
                guard position < stream.count else { return nil }
                let (char, location) = stream[position]
                position += 1
                if char == scalar || (char == "\n" && scalar == " ") {
                    locations.append(location)
                    break
                }
                guard char == "\n" else { return nil }
            }
        }
        return locations
    }

    /// The content scalars after the indentation, each line ended by a `\n` at its end.
    private func contentStream() -> [(Unicode.Scalar, SourceLocation)] {
        let indent = contentIndent()
        var stream: [(Unicode.Scalar, SourceLocation)] = []
        var line = header.line + 1
        while line <= source.lines.count {
            let text = source.line(line)
            let leading = text.prefix { $0 == " " }.count
            let isBlank = leading == text.count
            if !isBlank, leading < indent { break }
            if text.count > indent {
                for column in (indent + 1)...text.count {
                    stream.append((text[column - 1], source.location(line: line, column: column)))
                }
            }
            stream.append(("\n", source.location(line: line, column: text.count + 1)))
            line += 1
        }
        return stream
    }

    /// The indentation of the content: from an explicit indicator digit, or the first non-blank line.
    private func contentIndent() -> Int {
        let headerText = source.line(header.line)
        let indicators = headerText.dropFirst(header.column).prefix { $0 != " " && $0 != "#" }
        if let digit = indicators.first(where: { ("1"..."9").contains($0) }), let value = Int(String(digit)) {
            let parent = headerText.prefix { $0 == " " || $0 == "-" }.count
            return parent + value
        }
        var line = header.line + 1
        while line <= source.lines.count {
            let text = source.line(line)
            let leading = text.prefix { $0 == " " }.count
            if leading < text.count { return leading }
            line += 1
        }
        return 0
    }
}
