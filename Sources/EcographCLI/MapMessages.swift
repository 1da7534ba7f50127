import EcographAtlas
import EcographCore
import EcographMessages
import EcographRendering
import Foundation

/// What `render` and `report` say about maps and pages, filled from the message catalogue.
enum MapMessages {
    /// Whole-ecosystem overviews with more drawn nodes than this are not tried on a page: at
    /// 8 pt on A3 they never fit.
    static let overviewNodeLimit = 120

    static func doesNotFit(_ fitted: FittedMap) -> LocalizedText {
        let smallest = fitted.size.smallestPrintedFont(on: fitted.page)
        let page = fitted.page.name == "A3 landscape" ? CommandMessage.pageA3Landscape.text : LocalizedText(fitted.page.name)
        return CommandMessage.mapDoesNotFit([
            "page": page, "minimum": Int(fitted.page.minimumFontSize),
            "printed": LocalizedText(
                en: NumberWords.decimal(smallest, in: .en), de: NumberWords.decimal(smallest, in: .de)),
        ])
    }

    static func unknownEcosystem(_ name: String, known: [String]) -> LocalizedText {
        let list = known.prefix(10).map { "'\($0)'" }.joined(separator: ", ") + (known.count > 10 ? ", …" : "")
        let advice = Suggestion.advice(name, in: known) ?? CommandMessage.knownEcosystems(["list": list])
        return CommandMessage.unknownEcosystem(["name": name, "advice": advice])
    }

    static func plan(_ plan: AtlasPlan, mainFile: String, folder: String, in language: Language) -> String {
        plan.statement(mainFile: mainFile, folder: folder, language: language)
    }
}
