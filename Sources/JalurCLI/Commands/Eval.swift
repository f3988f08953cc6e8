import ArgumentParser

extension Jalur {
    /// The `eval` subcommand.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not implemented yet.")

        func run() throws {
            throw ExitCode.failure
        }
    }
}
