public import JalurDiagnostics
public import JalurModel

/// Reads every YAML document under the given paths into a ``Program``.
public struct ProgramLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads and checks the program under `paths`.
    ///
    /// - Returns: the program (possibly partial) and every problem found.
    public func load(paths: [String]) -> (program: Program, diagnostics: [Diagnostic]) {
        (Program(), [])
    }
}
