import EcographCore
import EcographRules
import EcographMessages

/// What an atlas will hold, decided before any map is drawn: how many maps, and — for a region
/// too large for its map budget — what it leaves out.
///
/// A complete atlas of one ecosystem has its landscape and one map per field and per system. A
/// region's atlas has the region's landscape (the grid of municipalities × fields) and, per
/// municipality, that municipality's landscape, field maps and system maps. When that is more
/// than ``maximumMaps``, the per-municipality field and system maps are left out first (the
/// pages keep their tables), then the municipality landscapes.
public struct AtlasPlan: Sendable {
    /// How much of a region the atlas draws.
    public enum Level: Sendable, Equatable {
        /// Every map.
        case complete
        /// The region's landscape and each municipality's landscape.
        case municipalityLandscapes
        /// Only the region's landscape.
        case regionOnly
    }

    /// Whether the model is a region of several municipalities.
    public let isRegion: Bool
    /// How many municipalities (1 for one ecosystem).
    public let municipalities: Int
    /// The maps the atlas draws (a field too large for one page may add parts).
    public let maps: Int
    /// The maps a complete atlas would draw.
    public let completeMaps: Int
    /// The budget the plan was made for.
    public let maximumMaps: Int
    /// What the atlas draws.
    public let level: Level

    init(parts: EcosystemParts, mapsPerPart: [Int], maximumMaps: Int) {
        isRegion = parts.isRegion
        municipalities = max(1, parts.names.count)
        self.maximumMaps = maximumMaps
        guard parts.isRegion else {
            maps = mapsPerPart.reduce(0, +)
            completeMaps = maps
            level = .complete
            return
        }
        // Region: the grid, plus per municipality its landscape and its fields' and systems' maps.
        let complete = 1 + mapsPerPart.reduce(0, +)
        let landscapes = 1 + mapsPerPart.count
        completeMaps = complete
        if complete <= maximumMaps {
            level = .complete
            maps = complete
        } else if landscapes <= maximumMaps {
            level = .municipalityLandscapes
            maps = landscapes
        } else {
            level = .regionOnly
            maps = 1
        }
    }

    /// What the atlas will do, in words, for the user before any drawing: the files, the number
    /// of maps and, when a region is larger than the budget, what is left out and how to get it.
    public func statement(mainFile: String, folder: String, language: Language) -> String {
        AtlasWords.plan(self, mainFile: mainFile, folder: folder, language: language)
    }
}
