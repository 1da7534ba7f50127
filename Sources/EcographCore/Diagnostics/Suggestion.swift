import EcographMessages

/// Finds the word a user probably meant: `mobilitat` → `mobilitaet`, `nmae` → `name`.
///
/// The work is bounded whatever the input: words longer than ``longestWord`` characters get no
/// suggestion (no id or key is that long), candidates whose length differs by more than the
/// allowed distance are skipped, and the distance is computed only in the band of that width.
public enum Suggestion {
    /// Words (and candidates) longer than this get no suggestion.
    public static let longestWord = 100

    /// The closest candidate within a small edit distance, or `nil`.
    ///
    /// Words are compared folded: lower case, umlauts spelt out (`ä` = `ae`), so that
    /// `mobilität` and `mobilitaet` are neighbours.
    ///
    /// Of spellings that fold alike (`federführend`, `federfuehrend`), the one closer to what was
    /// typed wins, and on a tie the one with umlauts: `federfürend` → `federführend`,
    /// `federfuehrnd` → `federfuehrend`.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        guard word.utf8.count <= longestWord * 4, word.unicodeScalars.count <= longestWord else { return nil }
        let folded = Array(fold(word).unicodeScalars)
        let typed = Array(word.lowercased().unicodeScalars)
        let limit = max(1, min(3, folded.count / 3))
        var best: (candidate: String, distance: Int, spelling: Int)?
        for candidate in candidates where candidate.unicodeScalars.count <= longestWord {
            let other = Array(fold(candidate).unicodeScalars)
            if abs(other.count - folded.count) > limit { continue }
            let distance = editDistance(folded, other, limit: best.map { min($0.distance, limit) } ?? limit)
            guard distance <= limit, distance <= (best?.distance ?? .max) else { continue }
            // How far the spelling is from what was typed, umlauts as written; decides between
            // candidates equally close once folded.
            // (No distance exceeds the longer word's length, so that is a limit that never cuts.)
            let spelt = Array(candidate.lowercased().unicodeScalars)
            let spelling = editDistance(typed, spelt, limit: max(typed.count, spelt.count))
            if let current = best, distance == current.distance {
                let preferred = (spelling, hasUmlaut(candidate) ? 0 : 1, candidate)
                let incumbent = (current.spelling, hasUmlaut(current.candidate) ? 0 : 1, current.candidate)
                guard preferred < incumbent else { continue }
            }
            best = (candidate, distance, spelling)
        }
        if let best { return best.candidate }
        // A word cut short (`unclear-owner`) is a prefix of what was meant.
        guard folded.count >= 4 else { return nil }
        let prefix = fold(word)
        return candidates.filter { $0.unicodeScalars.count <= longestWord && fold($0).hasPrefix(prefix) }
            .min { ($0.count, $0) < ($1.count, $1) }
    }

    /// `did you mean 'x'?`, or `nil` when nothing is close.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    private static func hasUmlaut(_ word: String) -> Bool {
        word.unicodeScalars.contains { "äöüßÄÖÜ".unicodeScalars.contains($0) }
    }

    static func fold(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.lowercased().unicodeScalars {
            switch scalar {
            case "ä": scalars.append(contentsOf: "ae".unicodeScalars)
            case "ö": scalars.append(contentsOf: "oe".unicodeScalars)
            case "ü": scalars.append(contentsOf: "ue".unicodeScalars)
            case "ß": scalars.append(contentsOf: "ss".unicodeScalars)
            case "_", " ": scalars.append("-")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Edit distance counting a swap of two neighbours as one edit (`nmae` → `name`), giving up
    /// (returning `limit + 1`) once it must exceed `limit`. Only cells within `limit` of the
    /// diagonal are computed: O(length × limit).
    static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar], limit: Int) -> Int {
        if lhs.isEmpty { return min(rhs.count, limit + 1) }
        if rhs.isEmpty { return min(lhs.count, limit + 1) }
        if abs(lhs.count - rhs.count) > limit { return limit + 1 }
        let outside = limit + 1
        var beforePrevious = [Int](repeating: outside, count: rhs.count + 1)
        var previous = (0...rhs.count).map { min($0, outside) }
        var current = [Int](repeating: outside, count: rhs.count + 1)
        for i in 1...lhs.count {
            let from = max(1, i - limit)
            let to = min(rhs.count, i + limit)
            current[0] = i <= limit ? i : outside
            if from > 1 { current[from - 1] = outside }
            var rowMinimum = current[0]
            if from <= to {
                for j in from...to {
                    let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                        value = min(value, beforePrevious[j - 2] + 1)
                    }
                    current[j] = min(value, outside)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if to < rhs.count { current[to + 1] = outside }
            if rowMinimum > limit { return outside }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[rhs.count]
    }
}

extension Suggestion {
    /// `did you mean 'x'?` / `meinten Sie 'x'?`, or `nil` when nothing is close.
    public static func advice(_ word: String, in candidates: some Sequence<String>) -> LocalizedText? {
        closest(to: word, in: candidates).map { CommandMessage.didYouMean(["word": $0]) }
    }
}
