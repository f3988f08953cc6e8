import JalurDiagnostics
import JalurModel

/// Reads `kind: tests` and `kind: scenario` documents as shapes, keeping their raw content for later stages.
struct ShapeReader {
    let context: ReadContext

    /// A test suite: a `tests` list of mappings (SPEC §4.1); each test's keys are checked by `jalur test`.
    func readTests(_ mapping: MappingReader, header: DocumentHeader) -> TestSuite {
        mapping.rejectUnknownKeys(allowed: DocumentHeader.commonKeys + ["tests", "description"])
        if let node = mapping.required("tests", example: "[{name: ..., resident: ..., expect: ...}]"),
            let tests = context.list(node, for: "tests")
        {
            for test in tests where test.pairs == nil {
                context.wrongType(
                    test,
                    expected: "a mapping",
                    for: "tests",
                    help: "write each test as 'name:', 'resident:' and 'expect:' keys"
                )
            }
        }
        return TestSuite(id: header.id, location: header.location, content: mapping.node)
    }

    /// A scenario; its keys are checked by cohort simulation.
    func readScenario(_ mapping: MappingReader, header: DocumentHeader) -> Scenario {
        Scenario(id: header.id, location: header.location, content: mapping.node)
    }
}
