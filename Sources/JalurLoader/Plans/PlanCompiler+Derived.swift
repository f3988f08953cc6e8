import JalurDiagnostics
import JalurExpression
import JalurModel

extension PlanCompiler {
    /// Declares and compiles the schema's derived names in dependency order; `nil` when any has a problem.
    func compileDerived(_ schema: FactsSchema, into compiler: inout ExpressionCompiler) -> [DerivedPlan]? {
        let derived = schema.derived
        let ordering = DerivedOrder.order(dependencies: dependencies(of: derived, in: compiler.environment))
        reportCycles(ordering.cycles, in: derived)
        var plans: [DerivedPlan] = []
        var isValid = ordering.cycles.isEmpty
        for index in ordering.order where !ordering.blocked.contains(index) {
            let name = derived[index].name.value
            guard let compiled = compiler.compile(derived[index].expression, expecting: nil, role: "'\(name)'") else {
                compiler.environment.declare(name, type: .dyn)
                isValid = false
                continue
            }
            let slot = compiler.environment.declare(name, type: compiled.type)
            let paths = compiler.factPaths(of: [compiled])
            compiler.derivedFactPaths[slot] = paths
            plans.append(DerivedPlan(name: name, slot: slot, expression: compiled, factPaths: paths))
        }
        for index in ordering.blocked.sorted() {
            compiler.environment.declare(derived[index].name.value, type: .dyn)
        }
        return isValid ? plans : nil
    }

    /// For each derived name, the indices of the derived names it uses: from a trial compile with every
    /// derived name declared `dyn`, or from the identifiers in its text when that fails.
    private func dependencies(of derived: [DerivedFact], in base: ExprEnvironment) -> [Set<Int>] {
        var trial = base
        var indexBySlot: [VariableSlot: Int] = [:]
        var indexByName: [String: Int] = [:]
        for (index, fact) in derived.enumerated() where indexByName[fact.name.value] == nil {
            indexBySlot[trial.declare(fact.name.value, type: .dyn)] = index
            indexByName[fact.name.value] = index
        }
        return derived.map { fact in
            if let compiled = try? trial.compile(fact.expression.text) {
                return Set(compiled.variables.compactMap { indexBySlot[$0] })
            }
            return Set(IdentifierScan.identifiers(in: fact.expression.text).compactMap { indexByName[$0] })
        }
    }

    private func reportCycles(_ cycles: [[Int]], in derived: [DerivedFact]) {
        for cycle in cycles {
            guard let first = cycle.first else { continue }
            let names = cycle.map { "'\(derived[$0].name.value)'" }
            let message =
                cycle.count == 2
                ? "derived name \(names[0]) uses itself"
                : "derived names form a cycle: \(names.joined(separator: " → "))"
            diagnostics.error(
                "derived-cycle",
                message,
                at: derived[first].name.location,
                help: "a derived name may only use names that do not, in turn, use it"
            )
        }
    }
}
