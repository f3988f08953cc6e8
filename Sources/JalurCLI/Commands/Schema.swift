import ArgumentParser

extension Jalur {
    /// The `schema` subcommand: prints the JSON Schema of the program's YAML documents.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema of Jalur's YAML documents, for editor autocompletion.",
            discussion: """
                The schema follows JSON Schema draft 2020-12 and covers every document kind. Point an editor's \
                YAML support at it, for example with a first line \
                '# yaml-language-server: $schema=Docs/jalur.schema.json'.
                """
        )

        func run() throws {
            print(JalurSchema.text(), terminator: "")
        }
    }
}
