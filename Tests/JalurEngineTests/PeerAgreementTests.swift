import Foundation
import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel
import JalurTestSupport
import Testing

/// Raw condition outcomes agree with Google's C++ CEL runtime on the 60-rule perf program.
///
/// `Fixtures/peer/residents.jsonl` is `gen_residents.py 300 7` from the perf kit; `expected-counts.json`
/// holds, per rule, criterion and branch, how often the peer (`peer_cel.py --checksum`, cel-expr-python)
/// found it true, false or in error. The engine's trace must give the same counts, undetermined for error.
struct PeerAgreementTests {
    private static let folder = Repository.root.appendingPathComponent("Tests/JalurEngineTests/Fixtures/peer")

    @Test func traceOutcomesMatchThePeer() throws {
        let programPath = Repository.root.appendingPathComponent("Tests/JalurLoaderTests/Fixtures/perf-program").path
        let (program, diagnostics) = ProgramLoader().load(paths: [programPath])
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        let expected = try Self.expectedCounts()
        let residents = try Self.residents(program: program)
        try #require(residents.count == 300)
        let workflow = try #require(program.workflows.first)
        var evaluator = Engine(program: program).makeEvaluator()
        var counts: [String: [String: Int]] = [:]
        for resident in residents {
            let evaluation = try evaluator.evaluate(
                resident,
                asOf: Day(year: 2026, month: 4, day: 1),
                includeTrace: true
            )
            let branches = try #require(workflow.stage(resident.stage)).branches
            var branchIndex = 0
            for entry in evaluation.trace {
                let key: String
                switch entry.subject {
                case .rule: key = "rule:\(entry.id)"
                case .criterion: key = "criterion:\(resident.stage):\(entry.id)"
                case .branch:
                    key = "branch:\(resident.stage):\(branchIndex):\(branches[branchIndex].to.value)"
                    branchIndex += 1
                }
                let outcome = entry.outcome == .undetermined ? "error" : entry.outcome.rawValue
                counts[key, default: ["true": 0, "false": 0, "error": 0]][outcome, default: 0] += 1
            }
        }
        #expect(counts.count == expected.count)
        for (key, value) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(counts[key] == value, "\(key)")
        }
    }

    private static func expectedCounts() throws -> [String: [String: Int]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("expected-counts.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let counts = try #require(object["counts"] as? [String: [String: Int]])
        try #require(!counts.isEmpty)
        return counts
    }

    private static func residents(program: Program) throws -> [Resident] {
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("residents.jsonl")))
        let reader = ResidentReader(program: program)
        var residents: [Resident] = []
        var start = 0
        var line = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            let result = bytes[start..<index].withUnsafeBufferPointer {
                reader.decodeJSONLine($0, file: "residents.jsonl", line: line)
            }
            start = index + 1
            residents.append(try #require(result.resident, "\(result.diagnostics.map(\.description))"))
        }
        return residents
    }
}
