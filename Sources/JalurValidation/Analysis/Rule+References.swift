import JalurModel

extension Rule {
    /// The service this rule refers to or arranges aftercare with; `nil` for alerts.
    var actionService: Located<String>? {
        switch action {
        case .refer(let service), .aftercare(let service): service
        case .alert: nil
        }
    }

    /// Whether this is an aftercare rule.
    var isAftercare: Bool {
        if case .aftercare = action { return true }
        return false
    }

    /// Every service the rule names, with the key that names it: `refer` or `aftercare`, then `requires`.
    var serviceReferences: [(key: String, service: Located<String>)] {
        var references: [(key: String, service: Located<String>)] = []
        switch action {
        case .refer(let service): references.append(("refer", service))
        case .aftercare(let service): references.append(("aftercare", service))
        case .alert: break
        }
        return references + requires.map { ("requires", $0) }
    }
}
