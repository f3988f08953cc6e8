import Benchmark
import JalurExpression

/// A realistic three-clause condition over a resident with about 45 facts.
let condition = "resident.cows >= 13 && 'heroin' in resident.substances && days_in_stage > 3"

/// The environment the engine would declare: a resident object, `days_in_stage` and `today`.
func makeEnvironment() -> (ExprEnvironment, resident: VariableSlot, daysInStage: VariableSlot, ObjectType) {
    var fields: [ObjectType.Field] = [
        .init(name: "cows", type: .int),
        .init(
            name: "substances",
            type: .list(
                .enumeration(
                    EnumType(
                        name: "resident.substances",
                        values: ["methamphetamine", "heroin", "cannabis", "alcohol", "other"]
                    )
                )
            )
        ),
    ]
    for index in 0..<43 { fields.append(.init(name: "fact_\(index)", type: .int)) }
    let residentType = ObjectType(name: "resident", fields: fields)
    var environment = ExprEnvironment()
    let resident = environment.declare("resident", type: .object(residentType), isFactRoot: true)
    let daysInStage = environment.declare("days_in_stage", type: .int)
    environment.declare("today", type: .timestamp)
    return (environment, resident, daysInStage, residentType)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .instructions],
        maxDuration: .seconds(3)
    )

    Benchmark("compile 3-clause condition") { benchmark in
        let (environment, _, _, _) = makeEnvironment()
        for _ in benchmark.scaledIterations {
            blackHole(try environment.compile(condition))
        }
    }

    for (name, source) in [("3-clause condition", condition), ("field comparison", "resident.cows >= 13")] {
        Benchmark("evaluate \(name) (1000 per iteration)", configuration: .init(scalingFactor: .kilo)) { benchmark in
            let (environment, residentSlot, daysInStage, residentType) = makeEnvironment()
            let compiled = try environment.compile(source)
            let activation = Activation(environment: environment)
            activation.bind(residentSlot, to: .object(makeResident(residentType)))
            activation.bind(daysInStage, to: .int(5))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(compiled.evaluate(activation))
            }
        }
    }
}

/// A resident with every fact recorded: 15 on the COWS, alcohol and heroin, and 43 more int facts.
func makeResident(_ type: ObjectType) -> ObjectValue {
    var resident = ObjectValue(type: type)
    resident.fields[0] = .int(15)
    resident.fields[1] = .list([.string("alcohol"), .string("heroin")])
    for index in 2..<resident.fields.count { resident.fields[index] = .int(Int64(index)) }
    return resident
}
