import Foundation
public import StoryEngine

/// The seed corpus: one known story per `*.txt` file in the seeds folder.
public enum SeedLibrary {
    public static func load(from folder: String) throws(ConfigurationError) -> [SeedArticle] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw ConfigurationError(file: folder, message: "cannot read the seeds folder (does it exist?)")
        }
        var seeds: [SeedArticle] = []
        for name in names.sorted() where name.hasSuffix(".txt") {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigurationError(file: path, message: "cannot read this seed story")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ConfigurationError(file: path, message: "a seed story must be UTF-8 text")
            }
            guard !text.allSatisfy(\.isWhitespace) else {
                throw ConfigurationError(file: path, message: "this seed story is empty")
            }
            seeds.append(SeedArticle(fileName: name, contents: text))
        }
        return seeds
    }
}
