import ArgumentParser
import Foundation
import JalurExpression
import JalurJSON

extension Jalur {
    /// `jalur eval EXPR [--vars FILE.json]`: evaluates one expression and prints the result as a CEL literal.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate one expression and print the result.",
            discussion: """
                Variables come from the JSON object in --vars: JSON integers are ints, numbers with a fraction \
                or exponent are doubles (an int beyond int64, or a double beyond the double range, is an error), \
                arrays are lists and objects are maps. Operand types are checked when \
                the expression runs, as in CEL without its type checker. Errors go to stderr (exit 1).
                """
        )

        @Argument(help: "The expression, in the condition language (put '--' before one that starts with '-').")
        var expression: String

        @Option(help: "A JSON file whose object members are the variables.", completion: .file(extensions: ["json"]))
        var vars: String?

        func run() throws {
            var environment = ExprEnvironment()
            var bindings: [(VariableSlot, Value)] = []
            if let vars {
                for (name, value) in try Self.variables(from: vars) {
                    bindings.append((environment.declare(name, type: .dyn), value))
                }
            }
            let compiled: CompiledExpression
            do {
                compiled = try environment.compile(expression, checksTypes: false)
            } catch {
                Self.fail(error.issues.map { $0.rendered(in: expression, file: "<expr>") }.joined(separator: "\n"))
            }
            let activation = Activation(environment: environment)
            for (slot, value) in bindings { activation.bind(slot, to: value) }
            let result = compiled.evaluate(activation)
            if case .error(let error) = result {
                let issue = ExprIssue(
                    code: "evaluation-error",
                    message: error.message,
                    help: error.missingFact.map { "add '\($0)' to the variables" },
                    offset: 0,
                    length: expression.unicodeScalars.count
                )
                Self.fail(issue.rendered(in: expression, file: "<expr>"))
            }
            print(result.celLiteral)
        }

        /// The members of the JSON object in `path`, sorted by name.
        private static func variables(from path: String) throws -> [(String, Value)] {
            guard let data = FileManager.default.contents(atPath: path) else {
                fail("\(path): error: cannot read the file [unreadable-file]\nhelp: check the path and its permissions")
            }
            let bytes = [UInt8](data)
            do {
                return try EvalVars.variables(in: bytes)
            } catch {
                let position = JSONLineIndex(bytes: bytes).scalarPosition(error.position)
                var message = "\(path):\(position.line):\(position.column): error: \(error.message) [\(error.code)]"
                message += "\nhelp: " + (error.help ?? "fix the JSON at that position")
                fail(message)
            }
        }

        private static func fail(_ message: String) -> Never {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Jalur.exit(withError: ExitCode.failure)
        }
    }
}
