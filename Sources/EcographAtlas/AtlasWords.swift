import EcographRules
import Foundation
import EcographMessages

/// The words of the atlas, from the message catalogue's `atlas` area.
enum AtlasWords {

    static func reportTitle(_ language: Language) -> String { AtlasMessage.reportTitle.text(in: language) }
    static func regionTitle(_ language: Language) -> String { AtlasMessage.regionTitle.text(in: language) }
    static func landscape(_ language: Language) -> String { AtlasMessage.landscape.text(in: language) }
    static func fields(_ language: Language) -> String { AtlasMessage.fields.text(in: language) }
    static func field(_ language: Language) -> String { AtlasMessage.field.text(in: language) }
    static func systems(_ language: Language) -> String { AtlasMessage.systems.text(in: language) }
    static func system(_ language: Language) -> String { AtlasMessage.system.text(in: language) }
    static func findings(_ language: Language) -> String { AtlasMessage.findings.text(in: language) }
    static func portfolio(_ language: Language) -> String { AtlasMessage.portfolio.text(in: language) }
    static func raci(_ language: Language) -> String { AtlasMessage.raci.text(in: language) }
    static func municipalities(_ language: Language) -> String { AtlasMessage.municipalities.text(in: language) }
    static func municipality(_ language: Language) -> String { AtlasMessage.municipality.text(in: language) }
    static func unassigned(_ language: Language) -> String { AtlasMessage.unassigned.text(in: language) }
    static func backToRegion(_ language: Language, _ name: String) -> String { "← Region: \(name)" }
    static func previous(_ language: Language) -> String { AtlasMessage.previous.text(in: language) }
    static func next(_ language: Language) -> String { AtlasMessage.next.text(in: language) }
    static func lotse(_ language: Language) -> String { "Lotse" }
    static func noLotse(_ language: Language) -> String { AtlasMessage.noLotse.text(in: language) }
    static func vacant(_ language: Language) -> String { AtlasMessage.vacant.text(in: language) }
    static func coordinatedBy(_ language: Language) -> String { AtlasMessage.coordinatedBy.text(in: language) }
    static func projects(_ language: Language) -> String { AtlasMessage.projects.text(in: language) }
    static func project(_ language: Language) -> String { AtlasMessage.project.text(in: language) }
    static func status(_ language: Language) -> String { "Status" }
    static func accountable(_ language: Language) -> String { AtlasMessage.accountable.text(in: language) }
    static func responsible(_ language: Language) -> String { AtlasMessage.responsible.text(in: language) }
    static func targetGroups(_ language: Language) -> String { AtlasMessage.targetGroups.text(in: language) }
    static func value(_ language: Language) -> String { AtlasMessage.value.text(in: language) }
    static func indicator(_ language: Language) -> String { AtlasMessage.indicator.text(in: language) }
    static func missing(_ language: Language) -> String { AtlasMessage.missing.text(in: language) }
    static func actors(_ language: Language) -> String { AtlasMessage.actors.text(in: language) }
    static func actor(_ language: Language) -> String { AtlasMessage.actor.text(in: language) }
    static func roles(_ language: Language) -> String { AtlasMessage.roles.text(in: language) }
    static func type(_ language: Language) -> String { AtlasMessage.type.text(in: language) }
    static func errors(_ language: Language) -> String { AtlasMessage.errors.text(in: language) }
    static func warnings(_ language: Language) -> String { AtlasMessage.warnings.text(in: language) }
    static func infos(_ language: Language) -> String { AtlasMessage.infos.text(in: language) }
    static func pageFindings(_ language: Language) -> String { AtlasMessage.pageFindings.text(in: language) }
    static func noFindings(_ language: Language) -> String { AtlasMessage.noFindings.text(in: language) }
    static func inPortfolio(_ language: Language) -> String { AtlasMessage.inPortfolio.text(in: language) }
    static func part(_ language: Language, _ number: Int, of count: Int) -> String {
        AtlasMessage.part.text(in: language, ["n": number, "count": count])
    }
    static func mapTooLarge(_ language: Language, printed: Double) -> String {
        AtlasMessage.mapTooLarge.text(in: language, ["size": NumberWords.decimal(printed, in: language)])
    }
    static func noMap(_ language: Language) -> String {
        AtlasMessage.noMap.text(in: language)
    }

    // MARK: Findings list

    static func rule(_ language: Language) -> String { AtlasMessage.rule.text(in: language) }
    static func all(_ language: Language) -> String { AtlasMessage.all.text(in: language) }
    static func search(_ language: Language) -> String { AtlasMessage.search.text(in: language) }
    static func searchPlaceholder(_ language: Language) -> String { AtlasMessage.searchPlaceholder.text(in: language) }
    static func onlySubject(_ language: Language) -> String { AtlasMessage.onlySubject.text(in: language) }
    static func showAll(_ language: Language) -> String { AtlasMessage.showAll.text(in: language) }
    static func byRule(_ language: Language) -> String { AtlasMessage.byRule.text(in: language) }
    static func count(_ language: Language) -> String { AtlasMessage.count.text(in: language) }
    static func severityWord(_ severity: Severity, _ language: Language) -> String {
        severity.word(in: language)
    }
    static func severityPlural(_ severity: Severity, _ language: Language) -> String {
        switch severity {
        case .error: return errors(language)
        case .warning: return warnings(language)
        case .info: return infos(language)
        }
    }
    static func shared(_ language: Language) -> String { AtlasMessage.shared.text(in: language) }

    // MARK: The plan

    /// What the atlas draws, said before any drawing.
    static func plan(_ plan: AtlasPlan, mainFile: String, folder: String, language: Language) -> String {
        guard plan.isRegion else {
            return AtlasMessage.planSingle.text(in: language, ["file": mainFile, "maps": plan.maps])
        }
        var text = AtlasMessage.planRegion.text(
            in: language, ["municipalities": plan.municipalities, "file": mainFile, "folder": folder, "maps": plan.maps])
        if plan.level != .complete {
            let left: String
            switch plan.level {
            case .complete: left = ""
            case .municipalityLandscapes: left = AtlasMessage.planNoDetailMaps.text(in: language)
            case .regionOnly: left = AtlasMessage.planRegionOnly.text(in: language)
            }
            text += AtlasMessage.planReduced.text(
                in: language,
                ["full": plan.completeMaps, "maximum": String(plan.maximumMaps), "left": left, "complete": String(plan.completeMaps)])
        }
        return text
    }
}
