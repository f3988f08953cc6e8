import Foundation
import Testing

/// The output of one run of the real `jalur` binary.
struct JalurResult: Sendable {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the built `jalur` binary (the test target depends on it) with `arguments`, from `directory`.
///
/// Written here because `Tests/JalurTestSupport` has no shared runner yet; move it there once one lands.
func runJalur(_ arguments: [String], in directory: URL = NextFixtures.root) throws -> JalurResult {
    let process = Process()
    process.executableURL = NextFixtures.binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Drain stderr on a plain thread (not the test's cooperative pool, which blocking would starve).
    let errorData = DataBox()
    let done = DispatchSemaphore(value: 0)
    let reader = Thread {
        errorData.data = errors.fileHandleForReading.readDataToEndOfFile()
        done.signal()
    }
    reader.start()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    done.wait()
    process.waitUntilExit()
    return JalurResult(
        status: process.terminationStatus,
        stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: errorData.data, as: UTF8.self))
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// Paths of the `next` end-to-end fixtures.
enum NextFixtures {
    /// `Tests/JalurEndToEndTests/Fixtures`, copied into the test bundle.
    static let root: URL = Bundle.module.bundleURL.appendingPathComponent("Fixtures")
    static let next = root.appendingPathComponent("next")
    /// Where golden files live in the source tree, for `JALUR_UPDATE_GOLDEN=1`.
    static let sourceNext = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/next")
    static let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("jalur")

    /// The golden text `name` under `Fixtures/next/golden/`; with `JALUR_UPDATE_GOLDEN=1` it is rewritten first.
    static func golden(_ name: String, actual: String) throws -> String {
        let source = sourceNext.appendingPathComponent("golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["JALUR_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: source)
            return actual
        }
        return try String(contentsOf: source, encoding: .utf8)
    }
}
