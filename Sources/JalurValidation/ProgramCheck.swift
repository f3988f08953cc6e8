public import JalurDiagnostics
public import JalurModel

/// One static check over a loaded program.
public protocol ProgramCheck: Sendable {
    /// Every problem this check finds in `program`.
    func diagnose(_ program: Program) -> [Diagnostic]
}
