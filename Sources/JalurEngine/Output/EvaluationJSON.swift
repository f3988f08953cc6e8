public import JalurModel

/// Renders an ``Evaluation`` as the JSON object of SPEC §4, with a fixed key order.
///
/// `because` texts come out in the chosen language; `trace` is added only when asked for.
public struct EvaluationJSON: Sendable {
    /// How the object is laid out.
    public enum Layout: Sendable {
        /// One line, no spaces: `--format jsonl`.
        case compact
        /// One top-level member per line and one list entry per line, indented: `--format json`.
        case pretty
    }

    /// The language of `because` texts (`en`, `id`).
    public var language: String
    /// Whether to add the `trace` list (`--explain`).
    public var includesTrace: Bool
    /// Compact (`--format jsonl`) or pretty (`--format json`).
    public var layout: Layout

    /// Creates a renderer.
    public init(language: String, includesTrace: Bool = false, layout: Layout = .pretty) {
        self.language = language
        self.includesTrace = includesTrace
        self.layout = layout
    }

    /// The JSON text of one evaluation, without a trailing line break.
    public func render(_ evaluation: Evaluation) -> String {
        var bytes: [UInt8] = []
        append(evaluation, to: &bytes, indent: 0)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON text of one evaluation to `bytes`; `indent` shifts pretty output right.
    public func append(_ evaluation: Evaluation, to bytes: inout [UInt8], indent: Int = 0) {
        var json = JSONComposer(bytes: bytes, isSpaced: layout == .pretty)
        bytes = []
        let pretty = layout == .pretty
        json.beginObject()
        func member(_ name: StaticString) {
            if pretty { json.breakLine(indent: indent + 2) }
            json.fixedKey(name)
        }
        member("resident")
        json.string(evaluation.resident)
        member("workflow")
        json.string(evaluation.workflow)
        member("as_of")
        json.string(evaluation.asOf.description)
        member("stage")
        writeStage(evaluation.stage, &json)
        member("move")
        writeMove(evaluation.move, &json)
        member("blockers")
        writeList(evaluation.blockers, &json, indent: indent, write: writeBlocker)
        member("on_hold")
        json.bool(evaluation.onHold)
        member("referrals")
        writeList(evaluation.referrals, &json, indent: indent, write: writeSuggestion)
        member("aftercare")
        writeList(evaluation.aftercare, &json, indent: indent, write: writeSuggestion)
        member("alerts")
        writeList(evaluation.alerts, &json, indent: indent, write: writeAlert)
        member("undetermined")
        writeList(evaluation.undetermined, &json, indent: indent, write: writeUndetermined)
        if !evaluation.notes.isEmpty {
            member("notes")
            json.strings(evaluation.notes)
        }
        if includesTrace {
            member("trace")
            writeList(evaluation.trace, &json, indent: indent, write: writeTrace)
        }
        if pretty { json.newline(indent: indent) }
        json.endObject()
        bytes = json.bytes
    }

    private func writeList<Element>(
        _ elements: [Element],
        _ json: inout JSONComposer,
        indent: Int,
        write: (Element, inout JSONComposer) -> Void
    ) {
        json.beginArray()
        for element in elements {
            if layout == .pretty { json.breakLine(indent: indent + 4) }
            write(element, &json)
        }
        if layout == .pretty, !elements.isEmpty { json.newline(indent: indent + 2) }
        json.endArray()
    }

    private func text(_ localized: LocalizedText?) -> String? {
        localized.map { $0.text(in: language) }
    }

    private func writeStage(_ stage: StageStatus, _ json: inout JSONComposer) {
        json.beginObject()
        json.fixedKey("id")
        json.string(stage.id)
        json.fixedKey("days_in_stage")
        json.int(stage.daysInStage)
        json.fixedKey("overdue")
        json.bool(stage.overdue)
        if let complete = stage.complete {
            json.fixedKey("complete")
            json.bool(complete)
        }
        json.endObject()
    }

    private func writeMove(_ move: Move?, _ json: inout JSONComposer) {
        guard let move else { return json.null() }
        json.beginObject()
        json.fixedKey("to")
        json.string(move.to)
        json.fixedKey("via")
        json.string(move.via.rawValue)
        if let branch = move.branch {
            json.fixedKey("branch")
            json.string(branch)
        }
        json.fixedKey("because")
        json.string(text(move.because))
        json.endObject()
    }

    private func writeBlocker(_ blocker: Blocker, _ json: inout JSONComposer) {
        json.beginObject()
        json.fixedKey("criterion")
        json.string(blocker.criterion)
        json.fixedKey("because")
        json.string(text(blocker.because))
        json.fixedKey("missing")
        json.strings(blocker.missing)
        if let daysLeft = blocker.daysLeft {
            json.fixedKey("days_left")
            json.int(daysLeft)
        }
        json.endObject()
    }

    private func writeSuggestion(_ suggestion: Suggestion, _ json: inout JSONComposer) {
        json.beginObject()
        json.fixedKey("service")
        json.string(suggestion.service)
        json.fixedKey("rules")
        json.strings(suggestion.rules)
        json.fixedKey("role")
        json.string(suggestion.role)
        json.fixedKey("urgency")
        json.string(suggestion.urgency.rawValue)
        json.fixedKey("because")
        json.strings(suggestion.because.map { $0.text(in: language) })
        json.fixedKey("evidence")
        writeEvidence(suggestion.evidence, &json)
        json.fixedKey("blocked_by")
        json.strings(suggestion.blockedBy)
        json.fixedKey("holds_stage")
        json.bool(suggestion.holdsStage)
        json.endObject()
    }

    private func writeEvidence(_ evidence: [Evidence], _ json: inout JSONComposer) {
        json.beginObject()
        for item in evidence {
            json.key(item.path)
            json.raw(item.json)
        }
        json.endObject()
    }

    private func writeAlert(_ alert: Alert, _ json: inout JSONComposer) {
        json.beginObject()
        json.fixedKey("rule")
        json.string(alert.rule)
        json.fixedKey("level")
        json.string(alert.level.rawValue)
        json.fixedKey("because")
        json.string(text(alert.because))
        if let daysOver = alert.daysOver {
            json.fixedKey("days_over")
            json.int(daysOver)
        }
        json.endObject()
    }

    private func writeUndetermined(_ entry: Undetermined, _ json: inout JSONComposer) {
        json.beginObject()
        json.key(entry.subject.rawValue)
        json.string(entry.id)
        if let error = entry.error, entry.missing.isEmpty {
            json.fixedKey("error")
            json.string(error)
        } else {
            json.fixedKey("missing")
            json.strings(entry.missing)
        }
        json.endObject()
    }

    private func writeTrace(_ entry: TraceEntry, _ json: inout JSONComposer) {
        json.beginObject()
        json.key(entry.subject.rawValue)
        json.string(entry.id)
        json.fixedKey("condition")
        json.string(entry.condition)
        json.fixedKey("outcome")
        json.string(entry.outcome.rawValue)
        json.fixedKey("evidence")
        writeEvidence(entry.evidence, &json)
        json.fixedKey("in_scope")
        json.bool(entry.inScope)
        if let note = entry.note {
            json.fixedKey("note")
            json.string(note)
        }
        json.endObject()
    }
}
