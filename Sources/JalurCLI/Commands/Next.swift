import ArgumentParser

extension Jalur {
    /// The `next` subcommand.
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not implemented yet.")

        func run() throws {
            throw ExitCode.failure
        }
    }
}
