import JalurDiagnostics
import JalurModel

/// Picks the workflow a command works on: the one named by `--workflow`, or the program's only one.
enum WorkflowChoice {
    /// Why no workflow could be picked; `message` and `help` are what the user sees.
    struct Failure: Error, Hashable, Sendable {
        /// What is wrong, lowercase.
        let message: String
        /// How to fix it.
        let help: String
    }

    /// The workflow called `id`, or the only workflow when `id` is `nil`.
    ///
    /// - Parameters:
    ///   - id: The `--workflow` value, if given.
    ///   - workflows: The program's workflows.
    /// - Returns: The chosen workflow, or a failure naming the choices (with a did-you-mean for a typo).
    static func choose(_ id: String?, from workflows: [Workflow]) -> Result<Workflow, Failure> {
        let ids = workflows.map(\.id.value).sorted()
        let listed = ids.map { "'\($0)'" }.joined(separator: ", ")
        guard let id else {
            if workflows.count == 1, let only = workflows.first { return .success(only) }
            if workflows.isEmpty {
                return .failure(
                    Failure(
                        message: "the program has no workflow",
                        help: "add a 'kind: workflow' document, or point --program at the files that hold one"
                    )
                )
            }
            return .failure(
                Failure(
                    message: "the program has \(workflows.count) workflows; choose one with --workflow",
                    help: "the workflows are \(listed)"
                )
            )
        }
        if let match = workflows.first(where: { $0.id.value == id }) { return .success(match) }
        let help =
            DidYouMean.closest(to: id, among: ids).map { "did you mean '\($0)'?" }
            ?? (ids.isEmpty ? "the program has no workflow" : "the workflows are \(listed)")
        return .failure(Failure(message: "unknown workflow '\(id)'", help: help))
    }
}
