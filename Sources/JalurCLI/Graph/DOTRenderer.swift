/// Draws a ``PathwayDiagram`` in Graphviz DOT.
///
/// Stages are rounded boxes (terminal stages double octagons), the start stage has a thick border, forward
/// moves are solid edges and branches dashed edges labelled with their ids. Branches do not constrain the
/// layout, so the forward moves form a straight spine from the start stage down.
enum DOTRenderer {
    /// The `digraph` text, ending with a newline.
    static func render(_ diagram: PathwayDiagram) -> String {
        var lines = [
            "digraph \(quote(diagram.id)) {",
            "    label=\(quote(diagram.title));",
            "    labelloc=\"t\";",
            "    rankdir=\"TB\";",
            "    node [shape=\"box\", style=\"rounded\"];",
        ]
        for node in diagram.nodes {
            var attributes = ["label=" + quote([node.title] + (node.days.map { [$0] } ?? []))]
            if node.isTerminal { attributes.append("shape=\"doubleoctagon\"") }
            if node.isStart { attributes.append("penwidth=\"2\"") }
            lines.append("    \(quote(node.id)) [\(attributes.joined(separator: ", "))];")
        }
        for edge in diagram.edges {
            let arrow = "    \(quote(edge.from)) -> \(quote(edge.to))"
            switch edge.kind {
            case .next: lines.append(arrow + ";")
            case .branch(let id): lines.append(arrow + " [style=\"dashed\", constraint=\"false\", label=\(quote(id))];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT quoted string whose lines are joined with DOT's `\n` escape.
    static func quote(_ lines: [String]) -> String {
        "\"" + lines.map(escape).joined(separator: "\\n") + "\""
    }

    /// A DOT quoted string.
    static func quote(_ text: String) -> String { quote([text]) }

    private static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case _ where character.isNewline: output += " "
            default: output.append(character)
            }
        }
        return output
    }
}
