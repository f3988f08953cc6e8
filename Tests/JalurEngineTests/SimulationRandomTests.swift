import Testing

@testable import JalurEngine

/// The seeded generator and the number formatting the simulation relies on for determinism.
struct SimulationRandomTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func streamsDiffer() {
        var first = SplitMix64(seed: 1, stream: 1)
        var second = SplitMix64(seed: 1, stream: 2)
        #expect(first.next() != second.next())
    }

    @Test func integersStayInRangeAndCoverIt() {
        var rng = SplitMix64(seed: 42)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let value = rng.integer(3, 7)
            #expect((3...7).contains(value))
            seen.insert(value)
        }
        #expect(seen == Set(3...7))
    }

    @Test func poissonMeanIsClose() {
        var rng = SplitMix64(seed: 9)
        let total = (0..<20_000).reduce(0) { sum, _ in sum + rng.poisson(mean: 0.6) }
        let mean = Double(total) / 20_000
        #expect(abs(mean - 0.6) < 0.02)
    }

    @Test func exponentialIsAccurate() {
        #expect(abs(SplitMix64.exponential(of: -0.6) - 0.548_811_636_094_026_4) < 1e-12)
        #expect(abs(SplitMix64.exponential(of: -30) - 9.357_622_968_840_175e-14) < 1e-24)
    }

    @Test func percentilesUseNearestRank() {
        #expect(Statistics.percentile(50, of: [5, 1, 3, 2, 4]) == 3)
        #expect(Statistics.percentile(90, of: Array(1...10)) == 9)
        #expect(Statistics.percentile(50, of: [7]) == 7)
        #expect(Statistics.percentile(50, of: []) == nil)
    }

    @Test func fixedFormattingIsExact() {
        #expect(Statistics.fixed(12.345, decimals: 1) == "12.3")
        #expect(Statistics.fixed(0.05, decimals: 1) == "0.1")
        #expect(Statistics.fixed(-3.25, decimals: 2) == "-3.25")
        #expect(Statistics.fixed(7, decimals: 0) == "7")
        #expect(Statistics.fixed(0.004, decimals: 2) == "0.00")
        #expect(Statistics.percent(1, of: 3) == "33.3")
    }
}
