import Foundation
import JalurDiagnostics
import JalurLoader
import JalurModel
import Testing

/// A YAML fixture under `Fixtures/<folder>/`, with its `.expected` diagnostics when it has some.
struct LoaderFixture: CustomTestStringConvertible, Sendable {
    /// The file name, such as `unknown-key.yaml`; diagnostics name the file this way.
    let name: String
    let url: URL

    var testDescription: String { name }

    /// Every `*.yaml` fixture in `folder`, sorted; throws when there is none (an empty list would pass silently).
    static func all(in folder: String) throws -> [LoaderFixture] {
        let directory = try fixturesDirectory().appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        guard !names.isEmpty else { throw FixtureError.noFixtures(directory.path) }
        return names.map { LoaderFixture(name: $0, url: directory.appendingPathComponent($0)) }
    }

    /// The `Fixtures` folder copied into the test bundle.
    static func fixturesDirectory() throws -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureError.noFixtures("Fixtures")
        }
        return url
    }

    /// The fixture's text.
    func source() throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The lines of `NAME.expected`, each `file:line:col: severity: message [code]`.
    func expectedLines() throws -> [String] {
        let expected = url.deletingPathExtension().appendingPathExtension("expected")
        return try String(contentsOf: expected, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// In record mode (`JALUR_RECORD_FIXTURES=1`), writes `lines` as the fixture's `.expected` file in the
    /// source tree, for review with `git diff`; the test still compares against the old file and fails.
    func recordIfAsked(_ lines: [String], folder: String) throws {
        guard ProcessInfo.processInfo.environment["JALUR_RECORD_FIXTURES"] == "1" else { return }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(folder)/\(name.dropLast(".yaml".count)).expected")
        try lines.map { $0 + "\n" }.joined().write(to: source, atomically: true, encoding: .utf8)
    }

    /// The diagnostics of loading the fixture alone, one line each.
    func actualLines() throws -> [String] {
        ProgramLoader().load(source: try source(), file: name).diagnostics.map(\.description)
    }
}

enum FixtureError: Error {
    case noFixtures(String)
}
