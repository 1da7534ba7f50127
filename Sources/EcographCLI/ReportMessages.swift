import EcographAtlas
import EcographRules

/// What `report` says about its plan and its files, in English and German: one place, so that
/// the texts can move into a message catalogue together.
enum ReportMessages {
    static func plan(_ plan: AtlasPlan, mainFile: String, folder: String, in language: Language) -> String {
        plan.statement(mainFile: mainFile, folder: folder, language: language)
    }

    static func folderIsFile(_ path: String) -> String {
        "'\(path)' is a file, but the atlas of a region needs a folder of that name for its municipality pages; "
            + "move the file or choose another -o"
    }

    static func notOurs(_ path: String) -> String {
        "'\(path)' exists and is not a page of an ecograph atlas; ecograph does not overwrite it — move it or choose another -o"
    }
}
