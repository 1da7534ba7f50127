import EcographCLI
import EcographWasm

EcographCLI.main(sandbox: { WasmRulePlugin(name: $0, module: $1, limits: $2) })
