import JalurDiagnostics
public import JalurModel

extension SimulationInputReader {
    /// Reads an events file for `jalur simulate RESIDENT --events FILE`: a mapping with `events` (a list of
    /// `{date, set, compute, referral, note}`) and optionally `on_move` (`{set, compute}`).
    ///
    /// - Parameters:
    ///   - documents: The file's YAML documents (exactly one is expected).
    ///   - file: The file name, for diagnostics.
    /// - Returns: The script, or `nil` when it has errors (see ``diagnostics``).
    public mutating func readEvents(_ documents: [RawNode], file: String) -> TimelineScript? {
        guard documents.count == 1, let root = documents.first else {
            let location =
                documents.dropFirst().first?.location ?? SourceLocation(file: file, line: 1, column: 1)
            error(
                "invalid-events",
                "an events file holds exactly one YAML document",
                at: location,
                help: "start with 'events:'"
            )
            return nil
        }
        guard let pairs = mapping(root, for: "events file", allowed: ["events", "on_move"]) else {
            return nil
        }
        var onMove: [FactEffect] = []
        if let node = value(of: "on_move", in: pairs),
            let effects = mapping(node, for: "on_move", allowed: ["set", "compute"])
        {
            onMove = self.effects(in: effects, allowSample: false)
        }
        guard let list = value(of: "events", in: pairs) else {
            error(
                "missing-key",
                "the events file needs 'events'",
                at: root.location,
                help: "add 'events:' with a list of dated events"
            )
            return nil
        }
        guard let items = list.items else {
            error("wrong-type", "'events' must be a list", at: list.location)
            return nil
        }
        let events = items.compactMap { event($0) }
        guard diagnostics.isEmpty else { return nil }
        return TimelineScript(
            events: events.enumerated().sorted { ($0.1.day, $0.0) < ($1.1.day, $1.0) }.map(\.1),
            onMove: onMove
        )
    }

    private mutating func event(_ node: RawNode) -> TimelineEvent? {
        guard
            let pairs = mapping(
                node,
                for: "event",
                allowed: ["date", "set", "compute", "referral", "note"]
            )
        else { return nil }
        guard let dateNode = value(of: "date", in: pairs) else {
            error(
                "missing-key",
                "an event needs 'date'",
                at: node.location,
                help: "add 'date: YYYY-MM-DD'"
            )
            return nil
        }
        guard let day = day(dateNode, for: "date") else { return nil }
        let errorsBefore = diagnostics.count
        var event = TimelineEvent(
            day: day,
            effects: effects(in: pairs, allowSample: false),
            location: node.location
        )
        if let referral = value(of: "referral", in: pairs) { event.referral = outcome(referral) }
        if let note = value(of: "note", in: pairs) { event.note = string(note, for: "note") }
        if event.effects.isEmpty, event.referral == nil, event.note == nil,
            diagnostics.count == errorsBefore
        {
            error(
                "empty-event",
                "the event changes nothing",
                at: node.location,
                help: "add 'set', 'compute', 'referral' or 'note'"
            )
        }
        return event
    }

    private mutating func outcome(_ node: RawNode) -> ReferralOutcome? {
        guard let pairs = mapping(node, for: "referral", allowed: ["service", "status"]),
            let serviceNode = value(of: "service", in: pairs),
            let statusNode = value(of: "status", in: pairs)
        else {
            error("missing-key", "'referral' needs 'service' and 'status'", at: node.location)
            return nil
        }
        guard let service = string(serviceNode, for: "service"), serviceIDs.contains(service) else {
            let suggestion = serviceNode.string.flatMap { DidYouMean.closest(to: $0, among: serviceIDs) }
            error(
                "unknown-service",
                "no service '\(serviceNode.string ?? "")' in the program",
                at: serviceNode.location,
                help: suggestion.map { "did you mean '\($0)'?" }
                    ?? "use a service id from the services documents"
            )
            return nil
        }
        guard let text = statusNode.string, let status = ReferralStatus(rawValue: text) else {
            let values = ReferralStatus.allCases.map(\.rawValue)
            error(
                "invalid-value",
                "'status' must be one of: \(values.joined(separator: ", "))",
                at: statusNode.location
            )
            return nil
        }
        return ReferralOutcome(service: service, status: status)
    }
}
