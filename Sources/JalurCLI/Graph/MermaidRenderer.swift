/// Draws a ``PathwayDiagram`` as a Mermaid flowchart.
///
/// Stages are boxes (terminal stages double circles, the usual mark of a final state), the start stage has a thick border, forward moves are
/// solid arrows and branches dashed arrows labelled with their ids. Node names are `s_` plus the stage id
/// with characters other than letters, digits and `_` replaced, so that no stage id clashes with Mermaid
/// syntax (`end`, `-->`).
enum MermaidRenderer {
    /// The flowchart text, ending with a newline.
    static func render(_ diagram: PathwayDiagram) -> String {
        let names = nodeNames(for: diagram)
        var lines = ["flowchart TD", "    %% \(oneLine(diagram.title)) (\(oneLine(diagram.id)))"]
        for node in diagram.nodes {
            let label = escape(node.title) + (node.days.map { "<br/>" + escape($0) } ?? "")
            let shape = node.isTerminal ? ("(((\"", "\")))") : ("[\"", "\"]")
            lines.append("    \(names[node.id, default: ""])\(shape.0)\(label)\(shape.1)")
        }
        for edge in diagram.edges {
            let from = names[edge.from, default: ""]
            let to = names[edge.to, default: ""]
            switch edge.kind {
            case .next: lines.append("    \(from) --> \(to)")
            case .branch(let id): lines.append("    \(from) -.->|\(escape(id))| \(to)")
            }
        }
        let starts = diagram.nodes.filter(\.isStart).compactMap { names[$0.id] }
        if !starts.isEmpty {
            lines.append("    classDef startStage stroke-width:3px")
            lines.append("    class \(starts.joined(separator: ",")) startStage")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A unique Mermaid node name per stage id (stages first, then undeclared targets).
    static func nodeNames(for diagram: PathwayDiagram) -> [String: String] {
        var names: [String: String] = [:]
        var used = Set<String>()
        for id in diagram.nodes.map(\.id) + diagram.undeclaredTargets where names[id] == nil {
            let base = "s_" + String(id.unicodeScalars.map { isNameScalar($0) ? Character($0) : "_" })
            var name = base
            var suffix = 2
            while used.contains(name) {
                name = "\(base)_\(suffix)"
                suffix += 1
            }
            used.insert(name)
            names[id] = name
        }
        return names
    }

    /// Text safe inside a quoted Mermaid label: entity codes for characters Mermaid or HTML would read.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in oneLine(text) {
            switch character {
            case "#": output += "#35;"
            case "\"": output += "#quot;"
            case "<": output += "#lt;"
            case ">": output += "#gt;"
            case "&": output += "#amp;"
            case "|": output += "#124;"
            default: output.append(character)
            }
        }
        return output
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }
}
