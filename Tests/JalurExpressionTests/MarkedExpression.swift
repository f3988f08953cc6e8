/// An expression with position markers (`1️⃣`, `2️⃣` …) removed, and the offsets where they stood.
///
/// Offsets count Unicode scalars of the unmarked text, the unit of ``ExprIssue/offset``.
struct MarkedExpression {
    static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]

    let source: String
    /// Marker number (1-based) to offset.
    let offsets: [Int: Int]

    init(_ marked: String) {
        var source = ""
        var offsets: [Int: Int] = [:]
        var scalarCount = 0
        for character in marked {
            if let index = Self.markers.firstIndex(of: character) {
                offsets[index + 1] = scalarCount
            } else {
                source.append(character)
                scalarCount += character.unicodeScalars.count
            }
        }
        self.source = source
        self.offsets = offsets
    }

    subscript(marker: Int) -> Int? { offsets[marker] }
}
