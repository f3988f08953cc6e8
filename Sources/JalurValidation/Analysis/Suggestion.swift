import JalurDiagnostics

/// Builds the `help:` line of a diagnostic about a name that does not exist.
enum Suggestion {
    /// "did you mean 'x'?" when a known name is close to `name`; otherwise how to declare one, listing the
    /// known names when there are few.
    ///
    /// - Parameters:
    ///   - name: What the user wrote.
    ///   - known: The names that exist.
    ///   - kind: What the names are, for the message ("stage", "service").
    ///   - declare: Where such a name is declared ("a 'kind: services' document").
    /// - Returns: The help line.
    static func help(for name: String, among known: some Collection<String>, kind: String, declare: String) -> String {
        if let closest = DidYouMean.closest(to: name, among: known) {
            return "did you mean '\(closest)'?"
        }
        if known.isEmpty {
            return "declare the \(kind) '\(name)' in \(declare)"
        }
        if known.count <= 8 {
            let names = known.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return "use one of \(names), or declare '\(name)' in \(declare)"
        }
        return "check the spelling, or declare the \(kind) '\(name)' in \(declare)"
    }
}
