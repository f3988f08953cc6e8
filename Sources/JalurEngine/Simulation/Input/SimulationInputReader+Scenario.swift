import JalurDiagnostics
import JalurExpression
public import JalurModel

extension SimulationInputReader {
    static let scenarioKeys = [
        "jalur", "kind", "id", "title", "description", "workflow", "start", "days", "seed", "arrivals",
        "initial", "events",
        "on_move", "referrals",
    ]

    /// Interprets a `kind: scenario` document (see the README's scenario format).
    ///
    /// - Returns: The definition, or `nil` when it has errors (see ``diagnostics``).
    public mutating func readScenario(_ scenario: Scenario, workflow: String) -> ScenarioDefinition? {
        guard let root = scenario.content,
            let pairs = mapping(root, for: "scenario", allowed: Self.scenarioKeys)
        else {
            error("invalid-scenario", "the scenario has no content", at: scenario.location)
            return nil
        }
        guard let startNode = value(of: "start", in: pairs) else {
            error(
                "missing-key",
                "the scenario needs 'start'",
                at: scenario.location,
                help: "add 'start: YYYY-MM-DD', the first simulated day"
            )
            return nil
        }
        let start = day(startNode, for: "start")
        let days =
            value(of: "days", in: pairs).flatMap { integer($0, for: "days", in: 1...3650) } ?? 365
        let seed =
            value(of: "seed", in: pairs).flatMap { integer($0, for: "seed", in: 0...Int.max) } ?? 1
        let arrivals = value(of: "arrivals", in: pairs).flatMap { arrivalRate($0) }
        if value(of: "arrivals", in: pairs) == nil {
            error(
                "missing-key",
                "the scenario needs 'arrivals'",
                at: scenario.location,
                help: "add 'arrivals: {per_week: 4}'"
            )
        }
        var initialStage = stageIDs.first ?? ""
        var initialFacts: [FactEffect] = []
        if let node = value(of: "initial", in: pairs),
            let initial = mapping(node, for: "initial", allowed: ["stage", "facts"])
        {
            if let stageNode = value(of: "stage", in: initial), let stage = stageID(stageNode) {
                initialStage = stage
            }
            if let factsNode = value(of: "facts", in: initial),
                let facts = self.pairs(factsNode, for: "facts")
            {
                initialFacts = facts.compactMap { entry in
                    guard let path = entry.key.string, let target = target(path, at: entry.key.location),
                        let distribution = distribution(entry.value, for: target)
                    else { return nil }
                    return FactEffect(target: target, kind: .sample(distribution))
                }
            }
        }
        let events = value(of: "events", in: pairs).map { scenarioEvents($0) } ?? []
        var onMove: [FactEffect] = []
        if let node = value(of: "on_move", in: pairs),
            let effects = mapping(node, for: "on_move", allowed: ["set", "sample", "compute"])
        {
            onMove = self.effects(in: effects, allowSample: true)
        }
        let (defaultReferral, referrals) =
            value(of: "referrals", in: pairs).map { referralBehaviours($0) } ?? (
                Self.defaultBehaviour, [:]
            )
        guard diagnostics.isEmpty, let start, let arrivals else { return nil }
        return ScenarioDefinition(
            id: scenario.id.value,
            workflow: workflow,
            start: start,
            days: days,
            seed: UInt64(seed),
            arrivals: arrivals,
            initialStage: initialStage,
            initialFacts: initialFacts,
            events: events,
            onMove: onMove,
            defaultReferral: defaultReferral,
            referrals: referrals,
            location: scenario.location
        )
    }

    static let defaultBehaviour = ReferralBehaviour(acceptance: 1, minimumDays: 7, maximumDays: 7)

    private mutating func stageID(_ node: RawNode) -> String? {
        guard let stage = string(node, for: "stage"), stageIDs.contains(stage) else {
            let suggestion = node.string.flatMap { DidYouMean.closest(to: $0, among: stageIDs) }
            error(
                "unknown-stage",
                "the workflow has no stage '\(node.string ?? "")'",
                at: node.location,
                help: suggestion.map { "did you mean '\($0)'?" }
                    ?? "stages: \(stageIDs.joined(separator: ", "))"
            )
            return nil
        }
        return stage
    }

    private mutating func arrivalRate(_ node: RawNode) -> ArrivalRate? {
        guard let pairs = mapping(node, for: "arrivals", allowed: ["per_week", "by_month", "pattern"]),
            let perWeekNode = value(of: "per_week", in: pairs)
        else {
            error(
                "missing-key",
                "'arrivals' needs 'per_week'",
                at: node.location,
                help: "for example {per_week: 4}"
            )
            return nil
        }
        guard let perWeek = number(perWeekNode, for: "per_week", in: 0...3000) else { return nil }
        var rate = ArrivalRate(perWeek: perWeek)
        if let pattern = value(of: "pattern", in: pairs) {
            switch pattern.string {
            case "regular": rate.isRegular = true
            case "poisson": rate.isRegular = false
            default: error("invalid-value", "'pattern' must be poisson or regular", at: pattern.location)
            }
        }
        if let months = value(of: "by_month", in: pairs),
            let entries = self.pairs(months, for: "by_month")
        {
            for entry in entries {
                guard let month = integer(Self.untagged(entry.key), for: "by_month month", in: 1...12),
                    let value = number(entry.value, for: "by_month", in: 0...3000)
                else { continue }
                rate.byMonth[month - 1] = value
            }
        }
        return rate
    }

    private mutating func scenarioEvents(_ node: RawNode) -> [ScenarioEvent] {
        guard let items = node.items else {
            error("wrong-type", "'events' must be a list", at: node.location)
            return []
        }
        var seen: Set<String> = []
        var events: [ScenarioEvent] = []
        for item in items {
            if let event = scenarioEvent(item, seen: &seen) { events.append(event) }
        }
        return events
    }

    private mutating func scenarioEvent(_ item: RawNode, seen: inout Set<String>) -> ScenarioEvent? {
        let allowed = ["id", "when", "chance", "once", "set", "sample", "compute"]
        guard let pairs = mapping(item, for: "event", allowed: allowed) else { return nil }
        guard let idNode = value(of: "id", in: pairs), let id = string(idNode, for: "id") else {
            error("missing-key", "an event needs 'id'", at: item.location)
            return nil
        }
        if !seen.insert(id).inserted {
            error("duplicate-id", "two events are called '\(id)'", at: idNode.location)
        }
        var condition: CompiledExpression? = nil
        if let node = value(of: "when", in: pairs) { condition = self.condition(node, for: "when") }
        var chance = 1.0
        if let node = value(of: "chance", in: pairs), let daily = dailyChance(node) { chance = daily }
        var isOnce = false
        if let node = value(of: "once", in: pairs) {
            if let bool = node.bool {
                isOnce = bool
            } else {
                error("wrong-type", "'once' must be true or false", at: node.location)
            }
        }
        let effects = effects(in: pairs, allowSample: true)
        return ScenarioEvent(
            id: id,
            condition: condition,
            chancePerDay: chance,
            isOnce: isOnce,
            effects: effects,
            location: item.location
        )
    }

    /// `{per_day: p}` or `{per_week: p}`; a weekly chance becomes 1 − (1 − p)^(1/7) per day.
    private mutating func dailyChance(_ node: RawNode) -> Double? {
        guard let pairs = mapping(node, for: "chance", allowed: ["per_day", "per_week"]),
            pairs.count == 1,
            let key = pairs[0].key.string, let p = number(pairs[0].value, for: key, in: 0...1)
        else {
            error(
                "invalid-chance",
                "'chance' must be {per_day: P} or {per_week: P} with 0 ≤ P ≤ 1",
                at: node.location
            )
            return nil
        }
        return key == "per_day" ? p : Self.dailyFromWeekly(p)
    }

    /// The daily probability that gives `weekly` over seven independent days, by bisection (no `pow`).
    static func dailyFromWeekly(_ weekly: Double) -> Double {
        guard weekly < 1 else { return 1 }
        var low = 0.0
        var high = 1.0
        for _ in 0..<60 {
            let mid = (low + high) / 2
            var stay = 1.0
            for _ in 0..<7 { stay *= 1 - mid }
            if 1 - stay < weekly { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    private mutating func referralBehaviours(
        _ node: RawNode
    ) -> (
        ReferralBehaviour, [String: ReferralBehaviour]
    ) {
        guard let pairs = mapping(node, for: "referrals", allowed: ["default", "services"]) else {
            return (Self.defaultBehaviour, [:])
        }
        let fallback =
            value(of: "default", in: pairs).flatMap { behaviour($0, base: Self.defaultBehaviour) }
            ?? Self.defaultBehaviour
        var byService: [String: ReferralBehaviour] = [:]
        if let services = value(of: "services", in: pairs),
            let entries = self.pairs(services, for: "services")
        {
            for entry in entries {
                guard let service = entry.key.string, serviceIDs.contains(service) else {
                    let suggestion = entry.key.string.flatMap {
                        DidYouMean.closest(to: $0, among: serviceIDs)
                    }
                    error(
                        "unknown-service",
                        "no service '\(entry.key.string ?? "")' in the program",
                        at: entry.key.location,
                        help: suggestion.map { "did you mean '\($0)'?" }
                            ?? "use a service id from the services documents"
                    )
                    continue
                }
                byService[service] = behaviour(entry.value, base: fallback)
            }
        }
        return (fallback, byService)
    }

    private mutating func behaviour(_ node: RawNode, base: ReferralBehaviour) -> ReferralBehaviour? {
        guard let pairs = mapping(node, for: "referral", allowed: ["acceptance", "days"]) else {
            return nil
        }
        var result = base
        if let acceptance = value(of: "acceptance", in: pairs).flatMap({
            number($0, for: "acceptance", in: 0...1)
        }) {
            result.acceptance = acceptance
        }
        if let days = value(of: "days", in: pairs) {
            if let single = days.int, single >= 0 {
                result.minimumDays = single
                result.maximumDays = single
            } else if let items = days.items, items.count == 2,
                let low = integer(items[0], for: "days", in: 0...365),
                let high = integer(items[1], for: "days", in: 0...365), low <= high
            {
                result.minimumDays = low
                result.maximumDays = high
            } else {
                error(
                    "invalid-days",
                    "'days' must be a whole number or [min, max]",
                    at: days.location,
                    help: "for example [3, 10]"
                )
            }
        }
        return result
    }
}
