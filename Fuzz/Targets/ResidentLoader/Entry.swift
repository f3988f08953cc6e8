// SwiftPM links an executable with `main` aliased to `fuzz_resident_loader_main`; defining that symbol hands control to
// libFuzzer's driver (linked in by `-sanitize=fuzzer`), which then calls LLVMFuzzerTestOneInput.

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("fuzz_resident_loader_main")
public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, { data, size in fuzzResidentLoader(data, size) })
}
