import Foundation

/// Paths of model files as CI tools want them: relative to a base directory (the working
/// directory, which in CI is the repository's root), with `/` as separator.
enum RelativePath {
    /// `file` relative to `base`; `..` steps where the file lies outside it.
    static func of(_ file: String, from base: String) -> String {
        let baseURL = URL(fileURLWithPath: base, isDirectory: true)
        let absolute = URL(fileURLWithPath: file, relativeTo: baseURL).standardizedFileURL.pathComponents
        let baseComponents = baseURL.standardizedFileURL.pathComponents
        var common = 0
        while common < min(absolute.count, baseComponents.count), absolute[common] == baseComponents[common] { common += 1 }
        let components = Array(repeating: "..", count: baseComponents.count - common) + absolute[common...]
        return components.joined(separator: "/")
    }
}
