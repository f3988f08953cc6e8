public import JalurDiagnostics
public import JalurModel

/// One static check over a loaded program.
public protocol ProgramCheck: Sendable {
    /// Every problem this check finds in `program`.
    func diagnose(_ program: Program) -> [Diagnostic]

    /// The diagnostic codes this check can report; each is listed in the catalog and the README.
    var codes: [String] { get }
}

extension ProgramCheck {
    /// No codes declared.
    public var codes: [String] { [] }
}
