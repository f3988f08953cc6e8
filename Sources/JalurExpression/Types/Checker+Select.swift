internal import JalurDiagnostics

extension Checker {
    /// `operand.field`: an object field by slot, a map key, or a `dyn` lookup.
    mutating func select(_ operand: Expr, field: String, fieldRange: Range<Int>, whole: Expr) -> Typed {
        if let name = dottedName(whole) {
            if TypeNames.qualified.contains(name) { return Typed(.constant(.type(name)), .type) }
            if let slot = environment.slot(of: name) {
                // A declared variable whose name contains dots (`x.y`), as in CEL's qualified names.
                variableSlots.insert(slot.index)
                let variable = environment.variables[slot.index]
                return Typed(.variable(slot: slot.index), variable.type, factPath: variable.isFactRoot ? name : nil)
            }
        }
        let base = check(operand)
        let path = base.factPath.map { "\($0).\(field)" }
        if let path { recordFactPath(path) }
        switch base.type {
        case .object(let object):
            guard let slot = object.slot(of: field) else {
                reportUnknownField(field, of: object, at: fieldRange)
                return Typed(.constant(.error(EvalError("no field '\(field)'"))), .dyn)
            }
            let schemaPath = path ?? "\(object.name).\(field)"
            let missing = EvalError("no value recorded for '\(schemaPath)'", missingFact: path)
            return Typed(.field(base.expr, slot: slot, missing: missing), object.fields[slot].type, factPath: path)
        case .map(let key, let value):
            if !key.isEquatable(with: .string) {
                report("type-mismatch", "cannot select '\(field)' from a map with '\(key)' keys", at: fieldRange)
            }
            return Typed(.dynamicSelect(base.expr, field: field, factPath: path), value, factPath: path)
        case .dyn:
            return Typed(.dynamicSelect(base.expr, field: field, factPath: path), .dyn, factPath: path)
        default:
            report("type-mismatch", "a value of type '\(base.type)' has no field '\(field)'", at: fieldRange)
            return Typed(.constant(.error(EvalError("no field '\(field)'"))), .dyn)
        }
    }

    /// `has(operand.field)`: never an error for an absent fact.
    mutating func presence(_ operand: Expr, field: String, fieldRange: Range<Int>) -> Typed {
        let base = check(operand)
        if let path = base.factPath { recordFactPath("\(path).\(field)") }
        switch base.type {
        case .object(let object):
            guard let slot = object.slot(of: field) else {
                reportUnknownField(field, of: object, at: fieldRange)
                return Typed(.constant(.bool(false)), .bool)
            }
            return Typed(.presence(base.expr, field: field, slot: slot), .bool)
        case .map, .dyn:
            return Typed(.presence(base.expr, field: field, slot: nil), .bool)
        default:
            report("type-mismatch", "has() needs an object or map, not '\(base.type)'", at: operand.range)
            return Typed(.constant(.bool(false)), .bool)
        }
    }

    private mutating func reportUnknownField(_ field: String, of object: ObjectType, at range: Range<Int>) {
        let suggested = suggestion(for: field, among: object.fields.map(\.name))
        report(
            "unknown-field",
            "'\(object.name)' has no field '\(field)'",
            at: range,
            help: suggested.map { "did you mean '\($0)'?" } ?? "check the facts schema for its fields"
        )
    }

    /// `google.protobuf.Timestamp` or `x.y` when `expr` is a chain of plain names whose root is not a
    /// comprehension variable.
    private func dottedName(_ expr: Expr) -> String? {
        switch expr.kind {
        case .identifier(let name):
            return scopes.contains { $0.name == name } ? nil : name
        case .select(let operand, let field, _):
            return dottedName(operand).map { "\($0).\(field)" }
        default:
            return nil
        }
    }

    /// `operand[index]` on a list or map.
    mutating func index(_ operand: Expr, _ index: Expr, range: Range<Int>) -> Typed {
        let base = check(operand)
        let key = check(index)
        let node = CheckedExpr.Node.index(base.expr, key.expr)
        switch base.type {
        case .list(let element):
            switch key.type {
            case .int, .uint, .double, .dyn: break
            default: report("type-mismatch", "a list index must be an int, not '\(key.type)'", at: index.range)
            }
            return Typed(node, element, factPath: base.factPath)
        case .map(let keyType, let value):
            if let path = base.factPath, case .string(let name)? = key.expr.constant {
                // A literal key of a fact map reads like a field, and its absence is a missing fact.
                recordFactPath("\(path).\(name)")
                let select = CheckedExpr.Node.dynamicSelect(base.expr, field: name, factPath: "\(path).\(name)")
                return Typed(select, value, factPath: "\(path).\(name)")
            }
            if !keyType.isEquatable(with: key.type) {
                report(
                    "type-mismatch",
                    "a key of type '\(key.type)' cannot index a map with '\(keyType)' keys",
                    at: index.range
                )
            }
            return Typed(node, value, factPath: base.factPath)
        case .dyn:
            return Typed(node, .dyn, factPath: base.factPath)
        default:
            report("type-mismatch", "a value of type '\(base.type)' cannot be indexed", at: range)
            return Typed(node, .dyn)
        }
    }
}
