import ArgumentParser
import JalurModel

extension Jalur {
    /// The `graph` subcommand: draws a workflow's pathway as a Mermaid or Graphviz diagram.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a workflow's pathway as a diagram.",
            discussion: """
                Stages are boxes with their day limits; terminal stages have a distinct shape. Solid arrows are \
                forward moves ('next'); dashed arrows are branches, labelled with their ids.
                """
        )

        @OptionGroup var program: ProgramOptions

        @Option(help: ArgumentHelp("The workflow to draw (needed when the program has several).", valueName: "id"))
        var workflow: String?

        @Option(help: "Diagram format.")
        var format: GraphFormat = .mermaid

        @Option(name: .customLong("lang"), help: "Language of stage titles: en or id.")
        var language: OutputLanguage = .en

        func run() throws {
            let loaded = try program.loadProgram()
            switch WorkflowChoice.choose(workflow, from: loaded.workflows) {
            case .success(let chosen):
                let diagram = PathwayDiagram(workflow: chosen, language: language.rawValue)
                print(format.render(diagram), terminator: "")
            case .failure(let failure):
                Terminal.writeError("error: \(failure.message)\nhelp: \(failure.help)\n")
                throw ExitCode.failure
            }
        }
    }
}

/// The diagram formats `jalur graph` writes.
enum GraphFormat: String, CaseIterable, ExpressibleByArgument {
    case mermaid
    case dot

    /// The diagram in this format.
    func render(_ diagram: PathwayDiagram) -> String {
        switch self {
        case .mermaid: MermaidRenderer.render(diagram)
        case .dot: DOTRenderer.render(diagram)
        }
    }
}
