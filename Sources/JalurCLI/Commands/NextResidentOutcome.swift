import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel

/// Turns one evaluation into the bytes of the chosen format (or a caseload row).
struct NextResidentRenderer: Sendable {
    let program: Program
    let settings: NextSettings

    func render(_ evaluation: Evaluation) -> (output: [UInt8], row: CaseloadRow?) {
        switch settings.format {
        case .jsonl:
            var bytes: [UInt8] = []
            EvaluationJSON(language: settings.language, includesTrace: settings.explain, layout: .compact)
                .append(evaluation, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            return (bytes, nil)
        case .json:
            var bytes: [UInt8] = []
            EvaluationJSON(language: settings.language, includesTrace: settings.explain, layout: .pretty)
                .append(evaluation, to: &bytes, indent: settings.isCaseload ? 2 : 0)
            return (bytes, nil)
        case .text:
            if settings.isCaseload { return ([], CaseloadRow(evaluation)) }
            let view = StaffView(
                program: program,
                language: settings.language,
                style: settings.style,
                explains: settings.explain
            )
            return (Array(view.render(evaluation).utf8), nil)
        }
    }
}

/// What became of one resident: its diagnostics, and its rendered output when it was evaluated.
struct NextResidentOutcome: Sendable {
    var diagnostics: [Diagnostic]
    var residentID: String?
    var location: SourceLocation?
    var isEvaluated: Bool
    var output: [UInt8]
    var row: CaseloadRow?

    /// Evaluates a read resident, if it is valid, and renders it.
    static func make(
        _ result: ResidentReadResult,
        evaluator: inout Evaluator,
        settings: NextSettings,
        renderer: NextResidentRenderer
    ) -> NextResidentOutcome {
        var outcome = NextResidentOutcome(
            diagnostics: result.diagnostics,
            residentID: result.resident?.id,
            location: result.resident?.source,
            isEvaluated: false,
            output: [],
            row: nil
        )
        guard let resident = result.resident else { return outcome }
        // A date after the as-of day would give negative days in stage or in the programme: refuse it.
        let late = [("stage_entered_on", resident.stageEnteredOn), ("admitted_on", resident.admittedOn)]
            .filter { _, day in day.map { $0 > settings.asOf } ?? false }
        guard late.isEmpty else {
            outcome.diagnostics += late.map { key, _ in
                Diagnostic(
                    code: "date-after-as-of",
                    severity: .error,
                    message: "'\(key)' is later than the as-of date \(settings.asOf)",
                    location: resident.source,
                    help: "correct the date, or evaluate with a later --as-of"
                )
            }
            return outcome
        }
        do throws(EngineError) {
            let evaluation = try evaluator.evaluate(resident, asOf: settings.asOf, includeTrace: settings.explain)
            (outcome.output, outcome.row) = renderer.render(evaluation)
            outcome.isEvaluated = true
        } catch {
            outcome.diagnostics.append(error.diagnostic)
        }
        return outcome
    }
}
