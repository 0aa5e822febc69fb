import FuzzDriver
import CustodyIO
import CustodyModel
import Foundation

/// libFuzzer's entry point: loads the bytes as a scenario file (with an empty ledger), and
/// runs the model on what loads, when it is small enough to keep the executions fast.
///
/// Any input may be refused with diagnostics; none may crash, hang or trip the sanitizer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: start, count: count)
    let ledger = Data("id,street,households,floor_area_m2,enclosable\nL1,s,10,800,no\n".utf8)
    do {
        let loaded = try ScenarioLoader.load(data: data, path: "fuzz.toml") { _ in ledger }
        let scenario = loaded.scenario
        if scenario.areas.count * scenario.months <= 2_000 {
            _ = ScenarioModel(scenario).run()
        }
    } catch {
        _ = error.description
    }
    return 0
}

fuzz(fuzzScenario)
