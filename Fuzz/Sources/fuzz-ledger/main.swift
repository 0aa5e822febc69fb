import FuzzDriver
@testable import CustodyIO
import Foundation

/// libFuzzer's entry point: the bytes are a ledger file, read by the ledger loader (decoding, CSV
/// records, header, cells, ids) as `custody` reads one. `@testable` reaches the internal loader;
/// debug builds are compiled for testing.
///
/// Any input may be refused with diagnostics; none may crash, hang or trip the sanitizer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLedger(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: start, count: count)
    let ledger = LedgerLoader.load(data, file: "fuzz.csv")
    _ = ledger.diagnostics.map(\.description)
    return 0
}

fuzz(fuzzLedger)
