public import ArgumentParser

/// The `jalur` command: validate, explain and simulate rehabilitation pathways.
public struct Jalur: ParsableCommand {
    /// The command name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "jalur",
        abstract: "Rules and workflow engine for rehabilitation pathways.",
        subcommands: [
            Eval.self, Validate.self, Next.self, Test.self, Diff.self, Simulate.self, Schema.self, Graph.self,
        ]
    )

    /// Creates the root command.
    public init() {}
}
