import JalurDiagnostics
import JalurExpression
import JalurModel

extension SimulationInputReader {
    /// A condition in the workflow's environment; it must be a bool.
    mutating func condition(_ node: RawNode, for what: String) -> CompiledExpression? {
        guard let compiled = expression(node, for: what) else { return nil }
        if compiled.type != .bool, compiled.type != .dyn {
            error("wrong-type", "'\(what)' must be a condition (a bool expression)", at: node.location)
            return nil
        }
        return compiled
    }

    /// An expression compiled in the workflow's environment, with errors placed inside the expression.
    mutating func expression(_ node: RawNode, for what: String) -> CompiledExpression? {
        guard let source = node.string else {
            error("wrong-type", "'\(what)' must be an expression written as a string", at: node.location)
            return nil
        }
        do throws(ExprCompileError) {
            return try plan.environment.compile(source)
        } catch {
            let isQuoted =
                node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
            let isSingleLine =
                !source.contains("\n") && node.scalar?.style != .literal && node.scalar?.style != .folded
            for issue in error.issues {
                let location =
                    isSingleLine
                    ? node.location.advanced(byColumns: issue.offset + (isQuoted ? 1 : 0)) : node.location
                self.error(issue.code, issue.message, at: location, help: issue.help)
            }
            return nil
        }
    }

    /// The effects of a mapping with any of `set`, `sample` (when `allowSample`) and `compute`.
    mutating func effects(in entries: [RawPair], allowSample: Bool) -> [FactEffect] {
        var effects: [FactEffect] = []
        for pair in entries {
            guard let key = pair.key.string, ["set", "sample", "compute"].contains(key) else { continue }
            if key == "sample", !allowSample {
                error(
                    "unknown-key",
                    "'sample' is not allowed here",
                    at: pair.key.location,
                    help: "write the value with 'set'"
                )
                continue
            }
            guard let values = pairs(pair.value, for: key) else { continue }
            for entry in values {
                guard let path = entry.key.string, let target = target(path, at: entry.key.location) else {
                    continue
                }
                switch key {
                case "set":
                    if entry.value.isNull {
                        effects.append(FactEffect(target: target, kind: .set(nil)))
                    } else if let value = value(entry.value, for: target.field, type: target.type, path: path) {
                        effects.append(FactEffect(target: target, kind: .set(value)))
                    }
                case "sample":
                    if let distribution = distribution(entry.value, for: target) {
                        effects.append(FactEffect(target: target, kind: .sample(distribution)))
                    }
                default:
                    if let compiled = computed(entry.value, for: target) {
                        effects.append(FactEffect(target: target, kind: .compute(compiled)))
                    }
                }
            }
        }
        return effects
    }

    private mutating func computed(_ node: RawNode, for target: FactTarget) -> CompiledExpression? {
        guard let compiled = expression(node, for: target.path) else { return nil }
        let fits: Bool =
            switch (compiled.type, target.type) {
            case (.dyn, _), (.int, .double): true
            case (.string, .enumeration): true
            case (.list, .list), (.map, .map): true
            default: compiled.type == target.type
            }
        guard fits else {
            error(
                "wrong-type",
                "'\(target.path)' cannot take the expression's value: the types differ",
                at: node.location,
                help: "compute a value of the field's type"
            )
            return nil
        }
        return compiled
    }
}
