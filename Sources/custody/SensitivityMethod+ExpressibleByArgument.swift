import ArgumentParser
import CustodyAnalysis

/// `--method tornado|morris|sobol`.
extension SensitivityMethod: ExpressibleByArgument {}
