/// A namespace for the JSON reader used for resident batches and `--vars` files.
public enum JSON {
    /// Parses one JSON text with the default depth limit.
    ///
    /// - Throws: ``JSONError`` with a byte column; see ``JSONLineIndex`` for scalar columns.
    public static func parse(_ text: String) throws(JSONError) -> JSONNode {
        try JSONParser().parse(text)
    }
}
