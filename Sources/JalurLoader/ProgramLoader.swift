public import JalurDiagnostics
public import JalurModel

/// Reads every YAML document under the given paths into a ``Program``.
///
/// Loading never stops at the first problem: every file is read, every document checked, and every
/// expression compiled; the program holds whatever could be read. Hostile input is bounded by
/// ``LoaderLimits``.
public struct ProgramLoader: Sendable {
    /// The most YAML nodes a file may expand to; ``LoaderLimits/maxNodes`` except in tests, which lower it
    /// to exercise the limit without megabytes of text.
    let nodeLimit: Int

    /// Creates a loader.
    public init() { nodeLimit = LoaderLimits.maxNodes }

    /// Creates a loader with a lower node limit, for tests.
    init(nodeLimit: Int) { self.nodeLimit = nodeLimit }

    /// Loads and checks the program under `paths`.
    ///
    /// - Parameter paths: Files and folders; folders are searched recursively for `*.yaml` and `*.yml`.
    /// - Returns: the program (possibly partial) and every problem found, in file order.
    public func load(paths: [String]) -> (program: Program, diagnostics: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let files = FileDiscovery(diagnostics: diagnostics).files(under: paths)
        let reader = FileReader(diagnostics: diagnostics)
        return assemble(files.compactMap(reader.read), diagnostics: diagnostics)
    }

    /// Loads a program from texts held in memory, as if each were a file called `file`.
    ///
    /// - Parameter sources: Each file's name (used in diagnostics) and text, in load order.
    /// - Returns: the program (possibly partial) and every problem found, in file order.
    public func load(sources: [(file: String, text: String)]) -> (program: Program, diagnostics: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let reader = FileReader(diagnostics: diagnostics)
        let texts = sources.compactMap { source in reader.decode(Array(source.text.utf8), file: source.file) }
        return assemble(texts, diagnostics: diagnostics)
    }

    /// Loads a program from one text held in memory, as if it were a file called `file`.
    public func load(source: String, file: String) -> (program: Program, diagnostics: [Diagnostic]) {
        load(sources: [(file, source)])
    }

    private func assemble(
        _ texts: [SourceText],
        diagnostics: DiagnosticCollector
    ) -> (
        program: Program, diagnostics: [Diagnostic]
    ) {
        var program = Program()
        for text in texts {
            read(text, into: &program, diagnostics: diagnostics)
        }
        ProgramChecks.reportDuplicates(in: program, to: diagnostics)
        program.plans = PlanCompiler(program: program, diagnostics: diagnostics).plans()
        let unique = Array(Set(diagnostics.diagnostics)).sorted(by: Diagnostic.stableOrder)
        return (program, unique)
    }

    private func read(_ text: SourceText, into program: inout Program, diagnostics: DiagnosticCollector) {
        var composer = YAMLComposer(source: text, diagnostics: diagnostics, nodeLimit: nodeLimit)
        let errorsBefore = diagnostics.diagnostics.count
        let documents = composer.documents().filter { !$0.isNull }
        let context = ReadContext(source: text, diagnostics: diagnostics)
        for document in documents {
            DocumentReader(context: context).read(document, into: &program)
        }
        if documents.isEmpty, diagnostics.diagnostics.count == errorsBefore {
            diagnostics.warning(
                "empty-file",
                "the file holds no YAML document",
                at: FileDiscovery.location(of: text.file),
                help: "add a document starting with 'jalur: 1', or delete the file"
            )
        }
    }
}
