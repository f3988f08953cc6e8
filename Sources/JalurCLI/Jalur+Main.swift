import ArgumentParser
import Foundation

extension Jalur {
    /// Parses the arguments and runs the command; usage errors exit 2 as SPEC §4 requires.
    public static func runAsMain() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            exit(withError: nil)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure || code.rawValue == 64 {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
