import JalurDiagnostics
import JalurLoader
import Testing

/// Positions stay right whatever the line endings.
struct LineEndingTests {
    private let program = [
        "jalur: 1", "kind: facts", "id: resident", "fields: {age: {type: int}}", "---", "jalur: 1",
        "kind: workflow", "id: w", "facts: resident", "start: s", "stages:", "  - id: s", "    terminal: true",
        "    exit_criteria:", "      - id: c", "        when: |", "          resident.age > 1 &&",
        "            resident.agee > 2",
    ]

    @Test(arguments: ["\n", "\r\n"])
    func blockScalarPositions(_ lineEnding: String) {
        let text = program.joined(separator: lineEnding) + lineEnding
        let diagnostics = ProgramLoader().load(source: text, file: "x.yaml").diagnostics
        #expect(
            diagnostics.map(\.description) == ["x.yaml:18:22: error: 'resident' has no field 'agee' [unknown-field]"]
        )
    }

    @Test(arguments: ["\n", "\r\n"])
    func foldedDoubleQuotedPositions(_ lineEnding: String) {
        var lines = Array(program.dropLast(3))
        lines += ["        when: \"resident.age > 1 &&", "", "          resident.agee > 2\""]
        let text = lines.joined(separator: lineEnding) + lineEnding
        let diagnostics = ProgramLoader().load(source: text, file: "x.yaml").diagnostics
        #expect(
            diagnostics.map(\.description) == ["x.yaml:18:20: error: 'resident' has no field 'agee' [unknown-field]"]
        )
    }
}
