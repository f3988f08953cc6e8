import ArgumentParser
import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel

/// Timeline mode of `jalur simulate`.
struct SimulateTimeline {
    let program: Program
    let command: Jalur.Simulate

    func run(resident path: String, events: String) throws {
        let results = ResidentReader(program: program).readFile(at: path)
        try failOnErrors(results.flatMap(\.diagnostics))
        guard results.count == 1, let resident = results.first?.resident else {
            let location = SourceLocation(file: path, line: 1, column: 1)
            try failOnErrors([
                Diagnostic(
                    code: "one-resident",
                    severity: .error,
                    message: "timeline mode simulates exactly one resident",
                    location: location,
                    help: "put one resident in the file"
                )
            ])
            return
        }
        let workflow = resident.workflow ?? program.workflows.first?.id.value ?? ""
        let (documents, readErrors) = RawYAMLReader.read(path: events)
        try failOnErrors(readErrors)
        guard var reader = SimulationInputReader(program: program, workflow: workflow) else {
            try failOnErrors([
                Diagnostic(
                    code: "unknown-workflow",
                    severity: .error,
                    message: "the program has no compiled workflow '\(workflow)'",
                    location: resident.source,
                    help: "name a workflow of the program in the resident file"
                )
            ])
            return
        }
        let script = reader.readEvents(documents, file: events)
        try failOnErrors(reader.diagnostics)
        guard let script else { throw ExitCode.failure }
        let simulation = TimelineSimulation(engine: Engine(program: program), script: script)
        let result: TimelineResult
        do throws(EngineError) {
            result = try simulation.run(resident, until: command.until.flatMap { Day($0) })
        } catch {
            Terminal.writeError("\(error)\n")
            throw ExitCode.failure
        }
        let renderer = TimelineRenderer(language: command.language.rawValue)
        Terminal.writeOutput(command.format == .json ? renderer.json(result) : renderer.text(result))
    }
}
