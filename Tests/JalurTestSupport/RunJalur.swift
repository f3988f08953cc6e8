public import Foundation

/// What one run of the `jalur` binary did.
public struct JalurRun: Sendable, CustomStringConvertible {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output, as UTF-8.
    public var stdout: String
    /// Everything written to standard error, as UTF-8.
    public var stderr: String

    /// The run in a form that makes failing expectations readable.
    public var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Errors from ``runJalur(arguments:in:environment:timeout:)``.
public enum RunJalurError: Error, CustomStringConvertible {
    /// No `jalur` binary was found; the paths tried are listed.
    case binaryNotFound([String])
    /// The run took longer than the timeout and was stopped.
    case timedOut(seconds: Double)

    /// What went wrong, for test failures.
    public var description: String {
        switch self {
        case .binaryNotFound(let tried): "no jalur binary found; tried \(tried.joined(separator: ", "))"
        case .timedOut(let seconds): "jalur ran longer than \(seconds) s and was stopped"
        }
    }
}

/// Runs the real `jalur` binary built next to the tests, with no standard input.
///
/// The binary is `$JALUR_BINARY` when set, otherwise `jalur` next to the running test bundle (SwiftPM
/// builds products and test bundles into one folder), otherwise `.build/debug/jalur` in the repository.
/// Output is captured through files, so large outputs cannot block the child. `NO_COLOR` is set unless
/// `environment` overrides it.
///
/// - Parameters:
///   - arguments: The arguments after `jalur`.
///   - directory: The working directory of the run.
///   - environment: Variables to add to (or replace in) the test's environment.
///   - timeout: Seconds after which the run is stopped and ``RunJalurError/timedOut(seconds:)`` thrown.
/// - Returns: The exit status and both outputs.
/// - Throws: ``RunJalurError`` when there is no binary or the run times out, or a file-system error.
public func runJalur(
    arguments: [String],
    in directory: URL,
    environment: [String: String] = [:],
    timeout: Double = 60
) throws -> JalurRun {
    let process = Process()
    process.executableURL = try JalurBinary.url()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var variables = ProcessInfo.processInfo.environment
    variables["NO_COLOR"] = "1"
    variables.merge(environment) { _, new in new }
    process.environment = variables
    let scratch = FileManager.default.temporaryDirectory.appending(path: "jalur-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appending(path: "stdout")
    let errURL = scratch.appending(path: "stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
        if Date() > deadline {
            process.terminate()
            process.waitUntilExit()
            throw RunJalurError.timedOut(seconds: timeout)
        }
        Thread.sleep(forTimeInterval: 0.005)
    }
    process.waitUntilExit()
    try out.close()
    try err.close()
    return JalurRun(
        status: process.terminationStatus,
        stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
    )
}

/// Finds the `jalur` executable for end-to-end tests.
public enum JalurBinary {
    /// The binary's URL (see ``runJalur(arguments:in:environment:timeout:)`` for the search order).
    ///
    /// - Throws: ``RunJalurError/binaryNotFound(_:)`` listing the paths tried.
    public static func url() throws -> URL {
        let candidates = candidatePaths()
        for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        throw RunJalurError.binaryNotFound(candidates)
    }

    private static func candidatePaths() -> [String] {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        folders += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        folders.append(Repository.root.appending(path: ".build/debug"))
        var paths = folders.map { $0.appending(path: "jalur").path }
        if let explicit = ProcessInfo.processInfo.environment["JALUR_BINARY"] { paths.insert(explicit, at: 0) }
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }
}
