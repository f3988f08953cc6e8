import Foundation
import JalurTestSupport
import Testing

/// `jalur next` on the shipped program and `Examples/residents`, as of a fixed date: the README's main command.
struct NextExamplesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    struct Golden: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        var testDescription: String { name }
    }

    static let goldens: [Golden] = [
        Golden(name: "examples.json", arguments: ["--format", "json", "Examples/residents"]),
        Golden(name: "examples.txt", arguments: ["Examples/residents"]),
        Golden(name: "examples-id.txt", arguments: ["--lang", "id", "Examples/residents"]),
        Golden(name: "R-2026-017.txt", arguments: ["Examples/residents/R-2026-017.yaml"]),
        Golden(name: "R-2026-017-id.txt", arguments: ["--lang", "id", "Examples/residents/R-2026-017.yaml"]),
    ]

    @Test(arguments: goldens)
    func matchesGoldenOutput(_ golden: Golden) throws {
        let arguments = ["next", "--as-of", "2026-04-01"] + golden.arguments
        let first = try runJalur(arguments, in: Self.repository)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stderr.isEmpty)
        let expected = try NextFixtures.golden(golden.name, actual: first.stdout)
        #expect(first.stdout == expected)
        let second = try runJalur(arguments, in: Self.repository)
        #expect(second.stdout == first.stdout)
    }

    @Test func everyExampleResidentIsValidAndEvaluated() throws {
        let folder = Self.repository.appendingPathComponent("Examples/residents")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 8)
        let result = try runJalur(
            ["next", "--as-of", "2026-04-01", "--format", "jsonl", "Examples/residents"],
            in: Self.repository
        )
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == files.count)
    }
}
