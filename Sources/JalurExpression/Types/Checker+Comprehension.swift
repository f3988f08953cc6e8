extension Checker {
    /// A macro: its variable is in scope only inside its body and filter.
    mutating func comprehension(_ comprehension: Comprehension) -> Typed {
        let iterated = check(comprehension.range)
        let variableType: ExprType
        switch iterated.type {
        case .list(let element): variableType = element
        case .map(let key, _): variableType = key
        case .dyn: variableType = .dyn
        default:
            report(
                "type-mismatch",
                "\(comprehension.macro.rawValue)() needs a list or map, not '\(iterated.type)'",
                at: comprehension.range.range
            )
            variableType = .dyn
        }
        let local = scopes.count
        scopes.append(
            LocalVariable(
                name: comprehension.variable,
                index: local,
                type: variableType,
                factPath: iterated.factPath
            )
        )
        defer { scopes.removeLast() }
        let filter = comprehension.filter.map { filterExpr in
            let checked = check(filterExpr)
            expect(checked, isBool: filterExpr, what: "the filter of map()")
            return checked
        }
        let body = check(comprehension.body)
        let resultType: ExprType
        switch comprehension.macro {
        case .all, .exists, .existsOne:
            expect(body, isBool: comprehension.body, what: "the predicate of \(comprehension.macro.rawValue)()")
            resultType = .bool
        case .filter:
            expect(body, isBool: comprehension.body, what: "the predicate of filter()")
            resultType = .list(variableType)
        case .map:
            resultType = .list(body.type)
        }
        let checked = CheckedComprehension(
            macro: comprehension.macro,
            range: iterated.expr,
            local: local,
            body: body.expr,
            filter: filter?.expr
        )
        return Typed(.comprehension(checked), resultType)
    }
}
