import JalurDiagnostics
import Testing

/// "Did you mean" hints stay cheap on hostile names (a megabyte-long unknown key in a resident line) and still
/// find real typos.
struct HardeningDidYouMeanTests {
    static let fields = (0..<120).map { "field_number_\($0)" } + ["stage_of_change", "suicide_risk", "age"]

    @Test func hugeNameIsComparedInLinearTime() {
        let name = String(repeating: "x", count: 1 << 20)
        let started = ContinuousClock.now
        for _ in 0..<20 { #expect(DidYouMean.closest(to: name, among: Self.fields) == nil) }
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test(arguments: [
        ("stage_of_chnge", "stage_of_change"), ("suicide_rsk", "suicide_risk"), ("AGE", "age"), ("ag", "age"),
    ])
    func typosAreStillFound(_ typo: String, _ expected: String) {
        #expect(DidYouMean.closest(to: typo, among: Self.fields) == expected)
    }
}
