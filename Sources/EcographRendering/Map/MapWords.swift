import EcographCore
import EcographRules
import EcographMessages

/// The words maps print, from the message catalogue's `map` area.
enum MapWords {
    static let title = MapMessage.title.text
    static let landscapeTitle = MapMessage.landscapeTitle.text
    static let legend = MapMessage.legend.text

    // MARK: Legend entries

    static let actor = MapMessage.actor.text
    static let cdo = LocalizedText("Chief Digital Officer (CDO)")
    static let lotse = MapMessage.lotse.text
    static let chiefExecutive = MapMessage.chiefExecutive.text
    static let otherRole = MapMessage.otherRole.text
    static let field = MapMessage.field.text
    static let format = MapMessage.format.text
    static let targetGroup = MapMessage.targetGroup.text
    static let projectPrefix = MapMessage.projectPrefix.text
    static let noStatus = MapMessage.noStatus.text
    static let system = MapMessage.system.text

    static func edge(_ type: EdgeType) -> LocalizedText {
        switch type {
        case .accountable: return MapMessage.edgeAccountable.text
        case .responsible: return MapMessage.edgeResponsible.text
        case .consulted: return MapMessage.edgeConsulted.text
        case .informed: return MapMessage.edgeInformed.text
        case .holds: return MapMessage.edgeHolds.text
        case .pilots: return MapMessage.edgePilots.text
        case .inField: return MapMessage.edgeInField.text
        case .advises: return MapMessage.edgeAdvises.text
        case .coordinates: return MapMessage.edgeCoordinates.text
        case .targets: return MapMessage.edgeTargets.text
        case .participation, .participates, .organises: return MapMessage.edgeParticipation.text
        default: return MapMessage.edgeOther.text
        }
    }

    static func finding(_ severity: Severity) -> LocalizedText {
        switch severity {
        case .error: return MapMessage.findingError.text
        case .warning: return MapMessage.findingWarning.text
        case .info: return MapMessage.findingInfo.text
        }
    }

    static let overviewNote = MapMessage.overviewNote.text

    // MARK: Landscape

    static let lotseOf = MapMessage.lotseOf.text
    static let noLotse = MapMessage.noLotse.text
    static let vacantLotse = MapMessage.vacantLotse.text
    static let vacant = MapMessage.vacant.text
    static let noProjects = MapMessage.noProjects.text
    static let unassignedProjects = MapMessage.unassignedProjects.text
    static let partiesWithoutSystem = MapMessage.partiesWithoutSystem.text
    static let furtherFields = MapMessage.furtherFields.text
    static let roles = MapMessage.roles.text

    /// `28 Akteure · 1 Rolle`.
    static func actorsAndRoles(actors: Int, roles: Int, in language: Language) -> String {
        MapMessage.actorsAndRoles.text(in: language, ["actors": actors, "roles": roles])
    }
    static let coordinatesFields = MapMessage.coordinatesFields.text
    static let ofFields = MapMessage.ofFields.text
    static let noCDO = MapMessage.noCDO.text
    static let landscapeNote = MapMessage.landscapeNote.text
    static let linkWithLead = MapMessage.linkWithLead.text
    static let linkWithoutLead = MapMessage.linkWithoutLead.text
    static let whoDoesWhat = MapMessage.whoDoesWhat.text
    static let consultedOrInformed = MapMessage.consultedOrInformed.text
    static let actorHeading = MapMessage.actorHeading.text
    static let matrixNote = MapMessage.matrixNote.text

    static func furtherActors(_ count: Int, in language: Language) -> String {
        MapMessage.furtherActors.text(in: language, ["n": count])
    }

    static let lotsePresent = MapMessage.lotsePresent.text

    static func findingCounts(errors: Int, warnings: Int, infos: Int, in language: Language) -> String {
        var parts: [String] = []
        if errors > 0 { parts.append(MapMessage.countErrors.text(in: language, ["n": errors])) }
        if warnings > 0 { parts.append(MapMessage.countWarnings.text(in: language, ["n": warnings])) }
        if infos > 0 { parts.append(MapMessage.countInfos.text(in: language, ["n": infos])) }
        return parts.joined(separator: " · ")
    }

    static func projects(_ count: Int, in language: Language) -> String {
        MapMessage.projectCount.text(in: language, ["n": count])
    }

    // MARK: Region grid

    static let municipality = MapMessage.municipality.text
    static let errorsShort = MapMessage.errorsShort.text
    static let warningsShort = MapMessage.warningsShort.text
    static let cellLotse = MapMessage.cellLotse.text
    static let cellNoLotse = MapMessage.cellNoLotse.text
    static let cellErrors = MapMessage.cellErrors.text
    static let cellNoProjects = MapMessage.cellNoProjects.text
    static let cellMissing = MapMessage.cellMissing.text
    static let gridNote = MapMessage.gridNote.text
    static let shared = MapMessage.shared.text

    static func gridTitle(_ count: Int, in language: Language) -> String {
        MapMessage.gridTitle.text(in: language, ["n": count])
    }

    static func moreMunicipalities(_ count: Int, in language: Language) -> String {
        MapMessage.moreMunicipalities.text(in: language, ["n": count])
    }
}
