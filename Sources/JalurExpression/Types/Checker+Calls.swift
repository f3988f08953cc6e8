internal import JalurDiagnostics

extension Checker {
    mutating func call(target: Expr?, function name: String, arguments: [Expr], range: Range<Int>) -> Typed {
        let receiver = target.map { check($0) }
        let checked = arguments.map { check($0) }
        let all = (receiver.map { [$0] } ?? []) + checked
        guard let entry = Signature.library[name] else {
            let suggestion = DidYouMean.closest(to: name, among: Signature.library.keys)
            report(
                "unknown-function",
                "unknown function '\(name)'",
                at: range,
                help: suggestion.map { "did you mean '\($0)'?" }
            )
            return Typed(.constant(.error(EvalError("unknown function '\(name)'"))), .dyn)
        }
        let candidates = entry.signatures.filter {
            $0.isMember == (receiver != nil) && $0.parameters.count == all.count
        }
        guard !candidates.isEmpty else {
            let style = receiver == nil ? "'\(name)(…)'" : "'….\(name)(…)'"
            report(
                "wrong-arguments",
                "\(style) does not take \(arguments.count) argument(s) this way",
                at: range,
                help: usage(of: name, entry.signatures)
            )
            return Typed(.constant(.error(EvalError("no such overload"))), .dyn)
        }
        guard let signature = candidates.first(where: { zip($0.parameters, all).allSatisfy { $0.accepts($1.type) } })
        else {
            let types = all.map { "'\($0.type)'" }.joined(separator: ", ")
            report(
                "type-mismatch",
                "'\(name)' cannot take arguments of type \(types)",
                at: range,
                help: usage(of: name, entry.signatures)
            )
            return Typed(.constant(.error(EvalError("no such overload"))), .dyn)
        }
        let function = resolve(entry.function)
        if function == .matches, case .string(let pattern)? = all[1].expr.constant {
            do {
                _ = try CompiledRegex(pattern: pattern)
            } catch {
                report(
                    "invalid-regex",
                    error.message,
                    at: arguments[arguments.count - 1].range,
                    help: "patterns use RE2 syntax; see the language reference"
                )
            }
        }
        return Typed(.call(function, all.map(\.expr)), signature.result)
    }

    /// Binds `days_since` / `days_until` to the `today` variable (which the expression then reads), or to the
    /// current date when none is declared.
    private mutating func resolve(_ function: Function) -> Function {
        let today = environment.slot(of: "today")?.index
        switch function {
        case .daysSince: return readingToday(.daysSince(today: today), today)
        case .daysUntil: return readingToday(.daysUntil(today: today), today)
        default: return function
        }
    }

    private mutating func readingToday(_ function: Function, _ today: Int?) -> Function {
        if let today { variableSlots.insert(today) } else { readsClock = true }
        return function
    }

    private func usage(of name: String, _ signatures: [Signature]) -> String {
        let forms = signatures.map { signature in
            let parameters = signature.parameters.dropFirst(signature.isMember ? 1 : 0).map { "\($0)" }
            let call = "\(name)(\(parameters.joined(separator: ", ")))"
            return signature.isMember ? "\(signature.parameters[0]).\(call)" : call
        }
        return "use " + forms.joined(separator: " or ")
    }
}

extension Signature.Kind: CustomStringConvertible {
    var description: String {
        switch self {
        case .any: "value"
        case .string: "string"
        case .timestamp: "timestamp"
        case .duration: "duration"
        case .sizable: "string|bytes|list|map"
        case .timeSource: "timestamp|duration"
        case .exact(let type): type.description
        case .kinds(let kinds): kinds.map(\.description).joined(separator: "|")
        }
    }
}
