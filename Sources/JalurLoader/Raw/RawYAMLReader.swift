public import JalurDiagnostics
public import JalurModel

/// Reads a YAML file that is not part of the program (such as a simulation events file) into ``RawNode``
/// trees with positions, within the same limits as program files.
public enum RawYAMLReader {
    /// Every document of the file at `path`, and any problem reading it (too large, not UTF-8, bad YAML).
    ///
    /// - Parameter path: The file to read.
    /// - Returns: The documents in order (empty when the file could not be read) and the diagnostics.
    public static func read(path: String) -> (documents: [RawNode], diagnostics: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        guard let text = FileReader(diagnostics: diagnostics).read(path) else {
            return ([], diagnostics.diagnostics)
        }
        var composer = YAMLComposer(source: text, diagnostics: diagnostics)
        let documents = composer.documents().filter { !$0.isNull }
        return (documents, diagnostics.diagnostics)
    }
}
