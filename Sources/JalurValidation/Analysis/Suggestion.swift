/// Builds the `help:` line of diagnostics about names that do not exist, among one set of known names.
struct Suggestion {
    private let index: SuggestionIndex
    private let known: [String]
    private let kind: String
    private let declare: String

    /// Prepares suggestions among `known`.
    ///
    /// - Parameters:
    ///   - known: The names that exist.
    ///   - kind: What the names are, for the message ("stage", "service").
    ///   - declare: Where such a name is declared ("a 'kind: services' document").
    init(among known: some Collection<String>, kind: String, declare: String) {
        index = SuggestionIndex(known)
        self.known = Set(known).sorted()
        self.kind = kind
        self.declare = declare
    }

    /// "did you mean 'x'?" when a known name is close to `name`; otherwise how to declare one, listing the
    /// known names when there are few.
    ///
    /// - Parameter name: What the user wrote.
    /// - Returns: The help line.
    func help(for name: String) -> String {
        if let closest = index.closest(to: name) {
            return "did you mean '\(closest)'?"
        }
        if known.isEmpty {
            return "declare the \(kind) '\(name)' in \(declare)"
        }
        if known.count <= 8 {
            let names = known.map { "'\($0)'" }.joined(separator: ", ")
            return "use one of \(names), or declare '\(name)' in \(declare)"
        }
        return "check the spelling, or declare the \(kind) '\(name)' in \(declare)"
    }

    /// The known name closest to `name`, if it is a plausible typo.
    func closest(to name: String) -> String? { index.closest(to: name) }
}
