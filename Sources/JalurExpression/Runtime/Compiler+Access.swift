extension Compiler {
    /// An object field by slot; an absent field is the precomputed `missing` error (no allocation).
    static func field(_ operand: CheckedExpr, slot: Int, missing: EvalError) -> Compiled {
        if case .variable(let variable) = operand.node {
            return .dynamic { activation in activation.readField(variable, slot: slot, missing: missing) }
        }
        let base = compile(operand)
        if let constant = base.constant { return .constant(readField(constant, slot: slot, missing: missing)) }
        let evaluate = base.evaluate
        return .dynamic { readField(evaluate($0), slot: slot, missing: missing) }
    }

    @inline(__always)
    static func readField(_ value: Value, slot: Int, missing: EvalError) -> Value {
        switch value {
        case .object(let object):
            guard slot < object.fields.count else { return .error(.noSuchOverload) }
            return object.fields[slot] ?? .error(missing)
        case .error:
            return value
        default:
            return .error(.noSuchOverload)
        }
    }

    /// `operand.field` on a map, or on a value known only at run time.
    static func dynamicSelect(_ base: Compiled, field: String, factPath: String?) -> Compiled {
        let noSuchKey =
            factPath.map { EvalError("no value recorded for '\($0)'", missingFact: $0) }
            ?? EvalError("no such key: '\(field)'")
        return unary(base) { value in
            switch value {
            case .map(let map):
                return map.value(forKey: field) ?? .error(noSuchKey)
            case .object(let object):
                guard let slot = object.type.slot(of: field) else {
                    return .error(EvalError("no such field: '\(field)'"))
                }
                return object.fields[slot] ?? .error(EvalError("no value recorded for '\(object.type.name).\(field)'"))
            case .error:
                return value
            default:
                return .error(.noSuchOverload)
            }
        }
    }

    /// `has(operand.field)`; an operand missing from the resident file makes it false, never an error.
    static func presence(_ base: Compiled, field: String, slot: Int?) -> Compiled {
        unary(base) { value in
            switch value {
            case .object(let object):
                guard let index = slot ?? object.type.slot(of: field), index < object.fields.count else {
                    return .bool(false)
                }
                return .bool(object.fields[index] != nil)
            case .map(let map):
                return .bool(map.value(forKey: field) != nil)
            case .error(let error):
                return error.missingFact != nil ? .bool(false) : value
            default:
                return .error(.noSuchOverload)
            }
        }
    }
}
