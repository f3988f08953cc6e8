import Foundation
import JalurDiagnostics
import JalurLoader
import Testing

/// A bad resident gives exactly the expected `file:line:column: error: message [code]` lines, and no resident.
struct ResidentDiagnosticsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let source: String
        let isYAML: Bool
        let expected: [String]
        var testDescription: String { name }

        init(_ name: String, yaml source: String, _ expected: String...) {
            self.name = name
            self.source = source
            self.isYAML = true
            self.expected = expected
        }

        init(_ name: String, json source: String, _ expected: String...) {
            self.name = name
            self.source = source
            self.isYAML = false
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        Case(
            "unknown fact",
            json: #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "agee": 3}}"#,
            "batch.jsonl:4:67: error: unknown fact 'resident.agee' [unknown-fact]"
        ),
        Case(
            "wrong type",
            json: #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "age": "19"}}"#,
            "batch.jsonl:4:74: error: 'resident.age' must be a whole number, not a string [wrong-type]"
        ),
        Case(
            "enum outside its values",
            json: #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "mal"}}"#,
            "batch.jsonl:4:59: error: 'resident.gender' has a value outside its allowed values [unknown-enum-value]"
        ),
        Case(
            "int above max",
            json: #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "age": 101}}"#,
            "batch.jsonl:4:74: error: 'resident.age' is above its maximum 100 [out-of-range]"
        ),
        Case(
            "impossible date",
            json: #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "last_hiv_test": "2026-02-30"}}"#,
            "batch.jsonl:4:84: error: 'resident.last_hiv_test' is not a valid date [invalid-date]"
        ),
        Case(
            "int overflow",
            json: #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "age": 99999999999999999999}}"#,
            "batch.jsonl:4:74: error: 'resident.age' does not fit in a 64-bit integer [integer-overflow]"
        ),
        Case(
            "NaN",
            json: #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "bmi": NaN}}"#,
            "batch.jsonl:4:74: error: NaN and Infinity are not numbers in JSON [invalid-json]"
        ),
        Case(
            "string where a list is expected",
            json: #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "substances": "heroin"}}"#,
            "batch.jsonl:4:81: error: 'resident.substances' must be a list, not a string [wrong-type]"
        ),
        Case(
            "missing id and stage",
            json: #"{"facts": {"gender": "male"}}"#,
            "batch.jsonl:4:1: error: a resident needs 'id' [missing-key]",
            "batch.jsonl:4:1: error: a resident needs 'stage' [missing-key]"
        ),
        Case(
            "unknown stage",
            json: #"{"id": "R-1", "stage": "asessment", "facts": {"gender": "male"}}"#,
            "batch.jsonl:4:24: error: workflow 'medan-plus' has no stage 'asessment' [unknown-stage]"
        ),
        Case(
            "unknown workflow",
            json: #"{"id": "R-1", "workflow": "medan", "stage": "preparation", "facts": {"gender": "male"}}"#,
            "batch.jsonl:4:27: error: the program has no workflow 'medan' [unknown-workflow]"
        ),
        Case(
            "referral status",
            json:
                #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male"}, "referrals": [{"service": "rsj-detox", "status": "done", "date": "2026-03-01"}]}"#,
            "batch.jsonl:4:117: error: referral status 'done' is not one of the known statuses [unknown-referral-status]"
        ),
        Case(
            "required fact missing",
            json: #"{"id": "R-1", "stage": "preparation", "facts": {"age": 20}}"#,
            "batch.jsonl:4:48: error: required fact 'resident.gender' is missing [missing-required-fact]"
        ),
        Case(
            "unknown top-level key",
            json: #"{"id": "R-1", "stag": "preparation", "facts": {"gender": "male"}}"#,
            "batch.jsonl:4:1: error: a resident needs 'stage' [missing-key]",
            "batch.jsonl:4:15: error: unknown key 'stag' in a resident [unknown-key]"
        ),
        Case(
            "column counts characters, not bytes",
            json: #"{"id": "R-é", "stage": "preparation", "facts": {"gender": "male", "agee": 3}}"#,
            "batch.jsonl:4:67: error: unknown fact 'resident.agee' [unknown-fact]"
        ),
        Case(
            "yes for a bool",
            yaml: "id: R-1\nstage: preparation\nfacts:\n  gender: male\n  injecting: yes\n",
            "resident.yaml:5:14: error: 'resident.injecting' must be true or false, not the string 'yes' [not-a-bool]"
        ),
        Case(
            "YAML infinity for a double",
            yaml: "id: R-1\nstage: preparation\nfacts:\n  gender: male\n  bmi: .inf\n",
            "resident.yaml:5:8: error: 'resident.bmi' must be a finite number [non-finite-number]"
        ),
        Case(
            "YAML nested unknown fact",
            yaml: "id: R-1\nstage: preparation\nfacts:\n  gender: male\n  family:\n    conflict: severe\n",
            "resident.yaml:6:5: error: unknown fact 'resident.family.conflict' [unknown-fact]"
        ),
        Case(
            "YAML syntax",
            yaml: "id: R-1\nstage: [preparation\n",
            "resident.yaml:3:1: error: invalid YAML: while parsing a flow sequence did not find expected ',' or ']' [invalid-yaml]"
        ),
    ]

    @Test(arguments: cases)
    func reportsExpectedDiagnostics(_ testCase: Case) throws {
        let reader = ResidentReader(program: ResidentTestProgram.program)
        let result: ResidentReadResult
        if testCase.isYAML {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("resident.yaml").path
            try Data(testCase.source.utf8).write(to: URL(fileURLWithPath: path))
            var read = try #require(reader.readFile(at: path).first)
            read.diagnostics = read.diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.location.file = "resident.yaml"
                return diagnostic
            }
            result = read
        } else {
            result = Array(testCase.source.utf8).withUnsafeBufferPointer {
                reader.decodeJSONLine($0, file: "batch.jsonl", line: 4)
            }
        }
        let actual = result.diagnostics.map(\.description)
        #expect(actual == testCase.expected)
        #expect(result.resident == nil)
        #expect(result.diagnostics.allSatisfy { $0.help != nil })
    }

    @Test func helpNamesTheClosestFactAndAllowedValues() {
        let reader = ResidentReader(program: ResidentTestProgram.program)
        let line = #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "mal", "agee": 3}}"#
        let result = Array(line.utf8).withUnsafeBufferPointer { reader.decodeJSONLine($0, file: "b.jsonl", line: 1) }
        let helps = result.diagnostics.compactMap(\.help)
        #expect(helps == ["did you mean 'male'? allowed: male, female", "did you mean 'age'?"])
    }

    @Test func messagesDoNotQuoteFreeTextValues() {
        let reader = ResidentReader(program: ResidentTestProgram.program)
        let line =
            #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "home_regency": 42, "age": "SECRET"}}"#
        let result = Array(line.utf8).withUnsafeBufferPointer { reader.decodeJSONLine($0, file: "b.jsonl", line: 1) }
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics.allSatisfy { !$0.message.contains("SECRET") && !($0.help ?? "").contains("SECRET") })
    }
}

/// A streamed JSON Lines resident and a `.json` file report the same problems at the same places.
///
/// A JSON Lines resident is decoded while it is read (no tree for its facts); a `.json` file goes through a
/// tree.
struct ResidentStreamingTests {
    static let extraCases: [String] = [
        #"{"id": "R-1", "stage": "preparation", "facts": [1, 2]}"#,
        #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "family": {"conflict_level": "severe", "conflict_level": "none"}}}"#,
        #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "assist": {"heroin": 28, "heroin": 3, "alcohol": null}}}"#,
        #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "urine_tests": [{"on": "2026-01-01", "result": "maybe"}, null]}}"#,
        #"{"facts": {"gender": "male", "agee": 3}, "workflow": "medan-plus", "id": "R-1", "stage": "preparation"}"#,
        #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male"}, "facts": {}}"#,
    ]

    static let sources: [String] =
        ResidentDiagnosticsTests.cases.filter { !$0.isYAML }.map(\.source) + extraCases

    @Test(arguments: sources)
    func streamingAndTreeAgree(_ source: String) throws {
        let reader = ResidentReader(program: ResidentTestProgram.program)
        let streamed = Array(source.utf8).withUnsafeBufferPointer { reader.decodeJSONLine($0, file: "r.json", line: 1) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("r-\(UUID().uuidString).json")
        try Data(source.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let tree = try #require(reader.readFile(at: url.path).first)
        let treeLines = tree.diagnostics.map { $0.description.replacingOccurrences(of: url.path, with: "r.json") }
        let streamedLines = streamed.diagnostics.map(\.description)
        #expect(streamedLines == treeLines)
        #expect(!streamedLines.isEmpty)
        #expect((streamed.resident == nil) == (tree.resident == nil))
    }
}
