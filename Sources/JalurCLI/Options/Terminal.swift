import Foundation

/// Facts about where output goes.
enum Terminal {
    /// Whether text written to `descriptor` may use ANSI colours: it is a terminal, `NO_COLOR` is unset or
    /// empty (https://no-color.org), and `TERM` is not `dumb`.
    static func supportsColor(
        _ descriptor: Int32,
        environment: [String: String] = ProcessInfo.processInfo.environment
    )
        -> Bool
    {
        guard isatty(descriptor) != 0 else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// Writes `text` to standard error as UTF-8.
    static func writeError(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `text` to standard output as UTF-8.
    static func writeOutput(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
