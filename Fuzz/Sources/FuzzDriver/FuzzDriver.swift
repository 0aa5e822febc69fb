import Foundation

/// libFuzzer's driver (LLVM 12 and later), which parses libFuzzer's options from the command line.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<Int32>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

/// Runs libFuzzer on `target` with the process's arguments, and exits with its status.
///
/// SwiftPM renames an executable's `main`, so libFuzzer's own `main` cannot be used; its driver
/// is called from the target's top-level code instead.
public func fuzz(_ target: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runDriver(&argc, &argv, target))
}
