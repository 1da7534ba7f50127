import EcographAtlas
import EcographRendering
import EcographRules
import Foundation

/// What `render` and `report` say about maps, pages and the atlas's files, in English and German:
/// the CLI's one place for them, so that the texts can move into a message catalogue together.
enum MapMessages {
    /// Whole-ecosystem overviews with more drawn nodes than this are not tried on a page: at
    /// 8 pt on A3 they never fit.
    static let overviewNodeLimit = 120

    static func doesNotFit(_ fitted: FittedMap, in language: Language) -> String {
        let printed = String(format: "%.1f", fitted.size.smallestPrintedFont(on: fitted.page))
        switch language {
        case .en:
            return "the map does not fit \(fitted.page.name) with text of at least \(Int(fitted.page.minimumFontSize)) pt "
                + "(its smallest text would print at \(printed) pt); draw a smaller view (--status, --kinds, --focus ID --depth 1) or use --page none"
        case .de:
            return "die Karte passt nicht auf \(fitted.page.name == "A3 landscape" ? "A3 quer" : fitted.page.name) mit mindestens "
                + "\(Int(fitted.page.minimumFontSize)) pt Schrift (die kleinste Schrift wäre gedruckt \(printed) pt); zeichnen Sie "
                + "eine kleinere Ansicht (--status, --kinds, --focus ID --depth 1) oder nutzen Sie --page none"
        }
    }

    static func landscapeInstead(nodes: Int, in language: Language) -> String {
        switch language {
        case .en:
            return "the overview (\(nodes) nodes) does not fit an A3 page with readable text, so the landscape is drawn; "
                + "--view overview draws the whole overview, --field and --system one part of it"
        case .de:
            return "die Übersicht (\(nodes) Knoten) passt nicht lesbar auf eine A3-Seite, daher wird die Landschaft gezeichnet; "
                + "--view overview zeichnet die ganze Übersicht, --field und --system einen Teil davon"
        }
    }

    static func unknownEcosystem(_ name: String, known: [String], suggestion: String?) -> String {
        let list = known.prefix(10).map { "'\($0)'" }.joined(separator: ", ") + (known.count > 10 ? ", …" : "")
        let advice = suggestion.map { "; \($0)" } ?? "; the model's ecosystems are \(list)"
        return "--ecosystem: the model has no ecosystem named '\(name)'\(advice)"
    }

    static let notARegion = "--ecosystem: the model is one ecosystem, not a region of several; leave --ecosystem out"

    // MARK: report

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
