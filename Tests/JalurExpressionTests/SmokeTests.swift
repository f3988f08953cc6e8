import Testing

struct SmokeTests {
    @Test func packageBuilds() {
        #expect(Bool(true))
    }
}
