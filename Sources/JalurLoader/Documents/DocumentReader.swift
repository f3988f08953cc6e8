import JalurDiagnostics
import JalurModel

/// Reads one YAML document into the program under construction.
struct DocumentReader {
    let context: ReadContext

    /// Adds the document in `root` to `program`; a document without an id is checked but not added.
    func read(_ root: RawNode, into program: inout Program) {
        var read = Program()
        readDocument(root, into: &read)
        guard !read.documents.isEmpty else { return }
        program.documents += read.documents
        program.facts += read.facts
        program.services += read.services
        program.workflows += read.workflows
        program.rules += read.rules
        program.testSuites += read.testSuites
        program.scenarios += read.scenarios
    }

    private func readDocument(_ root: RawNode, into program: inout Program) {
        guard root.pairs != nil else {
            context.diagnostics.error(
                "wrong-type",
                "expected a mapping for a document, found \(root.kindDescription)",
                at: root.location,
                help: "start the document with 'jalur: 1', 'kind: ...' and 'id: ...' lines"
            )
            return
        }
        guard let headerMapping = MappingReader(root, what: "a document", key: "document", context: context),
            let header = DocumentHeader.read(headerMapping),
            let mapping = MappingReader(
                root,
                what: "a \(header.kind.rawValue) document",
                key: "document",
                context: context
            )
        else { return }
        if header.hasID {
            program.documents.append(
                DocumentInfo(
                    kind: header.kind,
                    id: header.id.value,
                    location: header.location,
                    idLocation: header.id.location
                )
            )
        }
        switch header.kind {
        case .facts:
            program.facts.append(FactsReader(context: context).read(mapping, header: header))
        case .services:
            program.services += ServicesReader(context: context).read(mapping, header: header)
        case .workflow:
            if let workflow = WorkflowReader(context: context).read(mapping, header: header) {
                program.workflows.append(workflow)
            }
        case .rules:
            program.rules += RulesReader(context: context).read(mapping, header: header)
        case .tests:
            program.testSuites.append(ShapeReader(context: context).readTests(mapping, header: header))
        case .scenario:
            program.scenarios.append(ShapeReader(context: context).readScenario(mapping, header: header))
        }
    }
}
