/// Lists the identifiers an expression's text names outside string literals and after no `.`: a fallback for
/// finding the derived names an expression uses when it does not compile.
enum IdentifierScan {
    /// The identifiers in `text`, in order of first appearance.
    static func identifiers(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        var index = 0
        var afterDot = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "'" || scalar == "\"" {
                index = endOfString(scalars, from: index)
                afterDot = false
            } else if isIdentifierStart(scalar) {
                let start = index
                while index < scalars.count, isIdentifierStart(scalars[index]) || ("0"..."9").contains(scalars[index]) {
                    index += 1
                }
                if !afterDot { result.append(String(String.UnicodeScalarView(scalars[start..<index]))) }
                afterDot = false
            } else {
                if scalar != " " { afterDot = scalar == "." }
                index += 1
            }
        }
        return result
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// The index after the string literal opening at `start`.
    private static func endOfString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        let quote = scalars[start]
        var index = start + 1
        while index < scalars.count {
            if scalars[index] == "\\" {
                index += 2
                continue
            }
            if scalars[index] == quote { return index + 1 }
            index += 1
        }
        return index
    }
}
