import JalurDiagnostics
import JalurModel

/// Reports ids declared more than once in one scope.
enum DuplicateIDs {
    /// Reports each repeated id at the repetition, naming where the first one is.
    ///
    /// - Parameters:
    ///   - ids: The ids in declaration order.
    ///   - what: What they identify, such as `stage`.
    ///   - scope: Where they must be unique, such as `workflow 'medan-plus'`, or `nil` for the whole program.
    ///   - diagnostics: Where the problems go.
    static func report(
        _ ids: [Located<String>],
        what: String,
        in scope: String?,
        to diagnostics: DiagnosticCollector
    ) {
        var first: [String: SourceLocation] = [:]
        for id in ids {
            guard let earlier = first[id.value] else {
                first[id.value] = id.location
                continue
            }
            let place = earlier.file == id.location.file ? "\(earlier.line):\(earlier.column)" : earlier.description
            diagnostics.error(
                "duplicate-id",
                "duplicate \(what) id '\(id.value)'" + (scope.map { " in \($0)" } ?? "")
                    + " (first declared at \(place))",
                at: id.location,
                help: "give each \(what) its own id"
            )
        }
    }
}
