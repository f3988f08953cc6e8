/// Normalizes expression text so that conditions that differ only in spacing compare equal.
enum ConditionText {
    /// `text` with white space outside string literals removed, except one space between two words
    /// (`a in b` stays apart), so different expressions never normalize to the same text.
    static func normalized(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var quote: Unicode.Scalar?
        var escaped = false
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if let open = quote {
                result.append(scalar)
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == open {
                    quote = nil
                }
                continue
            }
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = result.last, isWordScalar(last), isWordScalar(scalar) {
                result.append(" ")
            }
            pendingSpace = false
            if scalar == "'" || scalar == "\"" { quote = scalar }
            result.append(scalar)
        }
        return String(result)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
