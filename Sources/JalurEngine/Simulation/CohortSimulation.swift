public import JalurModel

/// Simulates a cohort from a scenario (`jalur simulate --scenario ID`): arrivals, chance events and staff
/// following the engine, day by day.
///
/// Each day, in this order: new residents arrive (a Poisson draw from the arrivals stream) with facts drawn
/// from `initial`; then, for every resident present in admission order: referral outcomes due that day are
/// recorded, chance events happen (the chance is drawn first, then the condition is checked), the resident is
/// evaluated, staff follow the evaluation as in ``TimelineSimulation``, and a resident whose terminal stage is
/// complete is discharged. Occupancy is counted after everyone has been processed.
///
/// Randomness: stream 0 of the seed draws arrivals; resident *n* (1-based admission number) draws everything
/// else from stream *n* (``SplitMix64/init(seed:stream:)``). The result depends only on the program, the
/// scenario, the seed and the number of days.
public struct CohortSimulation: Sendable {
    /// The engine evaluating residents.
    public let engine: Engine
    /// The interpreted scenario.
    public let scenario: ScenarioDefinition

    /// Creates a simulation.
    public init(engine: Engine, scenario: ScenarioDefinition) {
        self.engine = engine
        self.scenario = scenario
    }

    /// Runs the cohort.
    ///
    /// - Parameters:
    ///   - seed: The seed (default: the scenario's).
    ///   - days: Days to simulate (default: the scenario's).
    /// - Returns: The report.
    /// - Throws: ``EngineError`` when a simulated resident does not fit the program.
    public func run(seed: UInt64? = nil, days: Int? = nil) throws(EngineError) -> CohortReport {
        var run = CohortRun(
            engine: engine,
            scenario: scenario,
            seed: seed ?? scenario.seed,
            days: days ?? scenario.days
        )
        return try run.simulate()
    }
}
