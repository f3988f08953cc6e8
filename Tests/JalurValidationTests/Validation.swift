import JalurDiagnostics
import JalurModel
import JalurValidation

/// Every diagnostic the standard validator reports for `program`, in output order.
func diagnostics(_ program: Program) -> [Diagnostic] {
    ProgramValidator().validate(program)
}

/// The findings (code, severity, position) the standard validator reports for `program`, in output order.
func findings(_ program: Program) -> [Finding] {
    diagnostics(program).map(Finding.init)
}

/// The sample program after `change`.
func sample(_ change: (inout Program) -> Void) -> Program {
    var program = SampleProgram.make()
    change(&program)
    return program
}
