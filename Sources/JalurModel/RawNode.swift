public import JalurDiagnostics

/// A YAML value as written, with the position of every node, free of any YAML library type.
///
/// The loader turns each YAML document into a tree of raw nodes before reading it; documents whose meaning
/// comes later (`kind: tests`, `kind: scenario`) keep it so that later stages can interpret them with
/// positions.
public struct RawNode: Hashable, Sendable {
    /// What the node holds.
    public indirect enum Content: Hashable, Sendable {
        /// A scalar's text (after unescaping and folding) and how it was written.
        case scalar(String, RawScalarStyle)
        /// A sequence's items in order.
        case sequence([RawNode])
        /// A mapping's pairs in order.
        case mapping([RawPair])
    }

    /// The node's content.
    public var content: Content
    /// Where the node starts (1-based line and column); for a quoted or block scalar, its opening indicator.
    public var location: SourceLocation
    /// The explicit tag (such as `tag:yaml.org,2002:str`), `nil` when the node has none.
    public var tag: String?

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation, tag: String? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
    }
}

/// One key and value of a mapping.
public struct RawPair: Hashable, Sendable {
    /// The key node.
    public var key: RawNode
    /// The value node.
    public var value: RawNode

    /// Creates a pair.
    public init(key: RawNode, value: RawNode) {
        self.key = key
        self.value = value
    }
}

/// How a scalar was written in the YAML text.
public enum RawScalarStyle: String, Hashable, Sendable {
    /// Unquoted.
    case plain
    /// `'...'`.
    case singleQuoted
    /// `"..."`.
    case doubleQuoted
    /// `|` block.
    case literal
    /// `>` block.
    case folded
}
