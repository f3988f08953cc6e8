import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel

/// Reads the resident of each rule test: inline under `resident:`, or the one resident of a `file:`.
struct TestResidents {
    let reader: ResidentReader

    func resolve(_ test: RuleTest) -> RuleTestRunner.ResolvedResident {
        switch test.resident {
        case .inline(let node):
            let result = reader.decode(raw: node)
            return (result.resident, result.diagnostics)
        case .file(let path, let location):
            guard !path.lowercased().hasSuffix(".jsonl") else {
                return (
                    nil,
                    [Self.error("'file' must name one resident file (.yaml, .yml or .json), not a batch", at: location)]
                )
            }
            let results = reader.readFile(at: path)
            let diagnostics = results.flatMap(\.diagnostics)
            guard results.count == 1, let only = results.first else {
                let count = results.count
                return (
                    nil,
                    diagnostics + [
                        Self.error("'\(path)' holds \(count) residents; a test needs exactly one", at: location)
                    ]
                )
            }
            return (only.resident, diagnostics)
        }
    }

    private static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            code: "invalid-test-resident",
            severity: .error,
            message: message,
            location: location,
            help: "name a file with one resident, relative to the tests file"
        )
    }
}
