public import JalurModel

/// Evaluates residents against a loaded program (SPEC §2.6).
public struct Engine: Sendable {
    /// The program it evaluates against.
    public let program: Program

    /// Creates an engine for a loaded program.
    public init(program: Program) {
        self.program = program
    }
}
