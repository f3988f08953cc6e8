import Foundation
import JalurTestSupport
import Testing

/// The output of one run of the real `jalur` binary.
typealias JalurResult = JalurRun

/// Runs the built `jalur` binary with `arguments`, from `directory` (the `next` fixtures by default).
func runJalur(_ arguments: [String], in directory: URL = NextFixtures.root) throws -> JalurResult {
    try runJalur(arguments: arguments, in: directory)
}

/// Paths of the `next` end-to-end fixtures.
enum NextFixtures {
    /// `Tests/JalurEndToEndTests/Fixtures`, copied into the test bundle.
    static let root: URL = Bundle.module.bundleURL.appendingPathComponent("Fixtures")
    static let next = root.appendingPathComponent("next")
    /// Where golden files live in the source tree, for `JALUR_UPDATE_GOLDEN=1`.
    static let sourceNext = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/next")

    /// The golden text `name` under `Fixtures/next/golden/`; with `JALUR_UPDATE_GOLDEN=1` it is rewritten first.
    static func golden(_ name: String, actual: String) throws -> String {
        let source = sourceNext.appendingPathComponent("golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["JALUR_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: source.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(actual.utf8).write(to: source)
            return actual
        }
        return try String(contentsOf: source, encoding: .utf8)
    }
}
