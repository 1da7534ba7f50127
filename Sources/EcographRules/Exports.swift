// A rule speaks in `LocalizedText` (its name, summary, messages and hints): rule authors who
// import EcographRules get the message types with it, as they did before the catalogue moved
// into a module of its own.
@_exported import EcographMessages
