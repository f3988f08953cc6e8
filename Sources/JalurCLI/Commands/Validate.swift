import ArgumentParser

extension Jalur {
    /// The `validate` subcommand.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not implemented yet.")

        func run() throws {
            throw ExitCode.failure
        }
    }
}
