import Foundation
import JalurTestSupport

/// What a finished process printed and how it exited.
struct ProcessOutput: Sendable {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the real `jalur` binary and other tools for the schema and graph end-to-end tests.
///
/// Output goes to temporary files rather than pipes, so a large output (the schema) cannot fill a pipe and
/// deadlock the wait.
enum ReviewProcess {
    /// The `jalur` binary built next to the test bundle.
    static var jalurURL: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("jalur")
    }

    /// The schema and graph fixtures.
    static var fixtures: URL {
        Repository.root.appendingPathComponent("Tests/JalurEndToEndTests/Fixtures")
    }

    /// Runs `jalur` with `arguments` in `directory` (default: the repository root).
    static func jalur(_ arguments: [String], in directory: URL = Repository.root) throws -> ProcessOutput {
        try run(jalurURL, arguments, in: directory)
    }

    /// Runs `executable` found on `PATH` through `/usr/bin/env`.
    static func tool(_ executable: String, _ arguments: [String]) throws -> ProcessOutput {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [executable] + arguments, in: Repository.root)
    }

    /// Runs `executable` and waits for it.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL) throws -> ProcessOutput {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jalur-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return ProcessOutput(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }

    /// Writes `text` to a new temporary file named `name` and returns its URL.
    static func temporaryFile(named name: String, contents text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jalur-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}

/// Whether `python3` can import `jsonschema` and `yaml` (`.ci/run` installs both).
let pythonHasJSONSchema: Bool = {
    (try? ReviewProcess.tool("python3", ["-c", "import jsonschema, yaml"]).status) == 0
}()
