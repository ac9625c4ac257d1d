import SkepticCore
let doc = try ArticleLoader.load(path: CommandLine.arguments[1])
print(Outline.render(doc), terminator: "")
