import EcographCore

/// Values the command line keeps until the process exits, rather than taking them apart when a
/// command's `run()` returns: a national model is some 580,000 nodes with their dictionaries
/// and strings, and freeing them one by one took a noticeable share of a `validate` or `check`
/// — time the operating system saves by reclaiming the whole process at once. Every command ends
/// in `exit`, right after its outputs are written.
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [LoadedModel] = []

    /// Keeps `model` alive until the process exits.
    static func keep(_ model: LoadedModel) {
        kept.append(model)
    }
}
