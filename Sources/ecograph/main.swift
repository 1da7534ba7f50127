import EcographCLI
import EcographWasm

// Before anything else: glibc's huge-page heap is switched on only at a process's start.
HugePageHeap.restartIfUseful()
EcographCLI.main(sandbox: { WasmRulePlugin(name: $0, module: $1, limits: $2) })
