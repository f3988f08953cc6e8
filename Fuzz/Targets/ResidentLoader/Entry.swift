import FuzzDriver

// SwiftPM links an executable with `main` aliased to `fuzz_resident_loader_main`; defining that symbol hands control to
// libFuzzer's driver (linked in by `-sanitize=fuzzer`), which then calls LLVMFuzzerTestOneInput.

/// The executable's entry point: runs libFuzzer's driver with ``fuzzResidentLoader(_:_:)`` as the callback.
@_cdecl("fuzz_resident_loader_main")
public func fuzzMain(
    _ argc: CInt,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzResidentLoader(data, size) }
}
