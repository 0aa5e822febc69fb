/// A model on the unit hypercube: d probabilities in [0, 1] to one number.
///
/// The sensitivity estimators (``MorrisScreening``, ``SaltelliSobol``) see only this, so the
/// tests run them on analytic functions and the command on a scenario's district totals
/// (``ScenarioSensitivityModel``).
public typealias UnitCubeModel = ([Double]) -> Double
