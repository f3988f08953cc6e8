import Foundation
import JalurTestSupport
import Testing

/// Text output is coloured on a terminal, and plain with `NO_COLOR` or when piped (the other tests pipe).
///
/// A terminal comes from util-linux's `script`, which runs the command on a pseudo-terminal.
struct ValidateColorTests {
    static let script = "/usr/bin/script"
    static let fixtures = Repository.root.appending(path: "Tests/JalurEndToEndTests/Fixtures/validate")

    /// What `jalur validate` prints on a terminal, with `NO_COLOR` set to `noColor` (or unset).
    private func onTerminal(noColor: String?) throws -> String {
        let binary = try JalurBinary.url().path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script)
        process.arguments = ["-qec", "'\(binary)' validate codes/unknown-service.yaml", "/dev/null"]
        process.currentDirectoryURL = Self.fixtures
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColor
        environment["TERM"] = "xterm"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func coloursOnATerminal() throws {
        let text = try onTerminal(noColor: nil)
        #expect(text.contains("\u{1B}[1;31merror:\u{1B}[0m"), "\(text)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)), arguments: ["1", "true"])
    func noColorTurnsColoursOff(value: String) throws {
        let text = try onTerminal(noColor: value)
        #expect(text.contains("error:"), "\(text)")
        #expect(!text.contains("\u{1B}["), "\(text)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func anEmptyNoColorLeavesColoursOn() throws {
        #expect(try onTerminal(noColor: "").contains("\u{1B}[1;31m"))
    }
}
