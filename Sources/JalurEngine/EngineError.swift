public import JalurDiagnostics

/// Why a resident cannot be evaluated: its workflow or stage does not fit the program.
///
/// Carries the resident file's location and a `help:` line, like every other diagnostic.
public struct EngineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// The resident names a workflow the program does not declare.
        case unknownWorkflow(String, known: [String])
        /// The resident names no workflow and the program declares several (or none).
        case ambiguousWorkflow(known: [String])
        /// The workflow exists but some of its expressions did not compile.
        case workflowNotCompiled(String)
        /// The resident's stage is not a stage of its workflow.
        case unknownStage(String, workflow: String, known: [String])
        /// The resident's facts were read against another facts schema than the workflow's.
        case factsSchemaMismatch(workflow: String)
    }

    /// What went wrong.
    public let reason: Reason
    /// The resident's id.
    public let resident: String
    /// Where the resident was read from.
    public let location: SourceLocation

    /// Creates an error.
    public init(_ reason: Reason, resident: String, location: SourceLocation) {
        self.reason = reason
        self.resident = resident
        self.location = location
    }

    /// A stable kebab-case code.
    public var code: String {
        switch reason {
        case .unknownWorkflow: "unknown-workflow"
        case .ambiguousWorkflow: "ambiguous-workflow"
        case .workflowNotCompiled: "workflow-not-compiled"
        case .unknownStage: "unknown-stage"
        case .factsSchemaMismatch: "facts-schema-mismatch"
        }
    }

    /// One lowercase sentence, user values in single quotes.
    public var message: String {
        switch reason {
        case .unknownWorkflow(let id, _):
            "resident '\(resident)' names unknown workflow '\(id)'"
        case .ambiguousWorkflow(let known):
            known.isEmpty
                ? "resident '\(resident)' cannot be evaluated: the program declares no workflow"
                : "resident '\(resident)' names no workflow and the program declares \(known.count)"
        case .workflowNotCompiled(let id):
            "workflow '\(id)' has expressions that do not compile, so resident '\(resident)' cannot be evaluated"
        case .unknownStage(let stage, let workflow, _):
            "resident '\(resident)' is in stage '\(stage)', which workflow '\(workflow)' does not have"
        case .factsSchemaMismatch(let workflow):
            "resident '\(resident)' was read with another facts schema than workflow '\(workflow)' uses"
        }
    }

    /// How to fix it.
    public var help: String {
        switch reason {
        case .unknownWorkflow(let id, let known):
            DidYouMean.closest(to: id, among: known).map { "did you mean '\($0)'?" }
                ?? "set 'workflow' to one of: \(Self.list(known))"
        case .ambiguousWorkflow(let known):
            known.isEmpty
                ? "add a 'kind: workflow' document to the program"
                : "add 'workflow:' to the resident file, one of: \(Self.list(known))"
        case .workflowNotCompiled:
            "run 'jalur validate' and fix the errors it reports"
        case .unknownStage(let stage, _, let known):
            DidYouMean.closest(to: stage, among: known).map { "did you mean '\($0)'?" }
                ?? "set 'stage' to one of: \(Self.list(known))"
        case .factsSchemaMismatch:
            "load the resident with the facts schema of its workflow"
        }
    }

    /// The error as a ``Diagnostic`` at the resident's location.
    public var diagnostic: Diagnostic {
        Diagnostic(code: code, severity: .error, message: message, location: location, help: help)
    }

    /// `file:line:column: error: message [code]`.
    public var description: String { diagnostic.description }

    private static func list(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
