import CustodyIO
import CustodyModel

enum CustodyModelRun {
    /// The run of the embedded Xunyang scenario.
    static func bundled() -> ScenarioRun {
        ScenarioModel(try! BundledScenario.load().scenario).run()
    }
}
