public import JalurDiagnostics

/// The text of one expression as written in a YAML file, able to locate an offset inside it.
public struct ExpressionSource: Hashable, Sendable {
    /// The expression text (the YAML scalar's value).
    public let text: String
    /// Where the scalar's value starts.
    public let location: SourceLocation
    /// The file position of each Unicode scalar of `text`, when the scalar is quoted or a block
    /// (escapes and line breaks shift positions); `nil` for plain one-line scalars.
    public let scalarLocations: [SourceLocation]?

    /// Creates a source.
    public init(text: String, location: SourceLocation, scalarLocations: [SourceLocation]? = nil) {
        self.text = text
        self.location = location
        self.scalarLocations = scalarLocations
    }

    /// The file position of the Unicode scalar at 0-based `offset` inside `text`.
    public func location(ofOffset offset: Int) -> SourceLocation {
        if let scalarLocations, !scalarLocations.isEmpty {
            return scalarLocations[min(max(offset, 0), scalarLocations.count - 1)]
        }
        return location.advanced(byColumns: max(offset, 0))
    }
}
