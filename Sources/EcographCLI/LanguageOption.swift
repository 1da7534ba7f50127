import ArgumentParser
import EcographRules

extension Language: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
