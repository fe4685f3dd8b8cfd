using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ContactCenter.Deploy.Tests.Checks;

/// <summary>
/// A Dockerfile against the repository: what it copies exists and is not ignored, every project the
/// published one needs is copied, the entrypoint runs the project's assembly, the SDK matches the target.
/// </summary>
public static partial class DockerfileChecks
{
    /// <summary>Root files MSBuild and the SDK read when present; a build without them differs from ours.</summary>
    private static readonly string[] RootBuildFiles = ["global.json", "Directory.Build.props", "Directory.Packages.props", "NuGet.config", "nuget.config"];

    public static List<string> Problems(string dockerfileText, string dockerignoreText, string root)
    {
        var problems = new List<string>();
        var file = Dockerfile.Parse(dockerfileText);
        if (file.Stages.Count < 2) return ["expected a build stage and a runtime stage"];
        var dotnet = TargetVersion(root);
        Expect(problems, Dockerfile.Image(file.Build), $"mcr.microsoft.com/dotnet/sdk:{dotnet}", "build stage image");
        Expect(problems, Dockerfile.Image(file.Final), $"mcr.microsoft.com/dotnet/aspnet:{dotnet}", "runtime image");

        var ignored = IgnorePatterns(dockerignoreText);
        foreach (var copy in file.Stages.SelectMany(Dockerfile.Copies).Where(c => c.From is null))
            foreach (var source in copy.Sources.Select(s => s.TrimEnd('/')))
            {
                if (!File.Exists(Path.Combine(root, source)) && !Directory.Exists(Path.Combine(root, source)))
                    problems.Add($"COPY source '{source}' does not exist in the repository");
                else if (ignored.Any(p => p.IsMatch(source)))
                    problems.Add($"COPY source '{source}' is excluded by the .dockerignore");
            }
        foreach (var required in new[] { "**/bin", "**/obj" }.Where(r => !dockerignoreText.Split('\n').Select(l => l.Trim()).Contains(r)))
            problems.Add($".dockerignore must exclude {required}: host build output holds this machine's restore paths");

        var copied = Dockerfile.Copies(file.Build).Where(c => c.From is null).ToList();
        foreach (var rootFile in RootBuildFiles.Where(f => File.Exists(Path.Combine(root, f))))
            if (!copied.Any(c => c.Sources.Contains(rootFile)))
                problems.Add($"the build stage does not copy {rootFile}, which the build reads");

        var publish = file.Runs(file.Build).Select(r => PublishCommand().Match(r)).FirstOrDefault(m => m.Success);
        if (publish is null) return [.. problems, "no 'RUN dotnet publish <csproj> ... -o <dir>' in the build stage"];
        var project = publish.Groups["project"].Value;
        if (!File.Exists(Path.Combine(root, project))) return [.. problems, $"published project '{project}' does not exist"];
        foreach (var needed in ProjectClosure(root, project).Where(p => !IsCopied(copied, Path.GetDirectoryName(p)!)))
            problems.Add($"{project} needs {needed}, whose folder the build stage does not copy");

        var output = publish.Groups["output"].Value.TrimEnd('/');
        if (!Dockerfile.Copies(file.Final).Any(c => c.From == Dockerfile.StageName(file.Build) && c.Sources.Any(s => s.TrimEnd('/') == output)))
            problems.Add($"the runtime stage does not copy the publish output {output} from the build stage");
        Expect(problems, string.Join(' ', file.Entrypoint), $"dotnet {AssemblyName(root, project)}.dll", "ENTRYPOINT");
        return problems;
    }

    /// <summary>The published project (repository-relative) of a Dockerfile.</summary>
    public static string? PublishedProject(string dockerfileText)
    {
        var file = Dockerfile.Parse(dockerfileText);
        return file.Runs(file.Build).Select(r => PublishCommand().Match(r)).FirstOrDefault(m => m.Success)?.Groups["project"].Value;
    }

    private static void Expect(List<string> problems, string actual, string expected, string what)
    {
        if (actual != expected) problems.Add($"{what} is '{actual}', expected '{expected}'");
    }

    private static bool IsCopied(List<DockerCopy> copies, string folder) => copies.Any(c => c.Sources.Any(s =>
    {
        var source = s.TrimEnd('/');
        return (folder == source || folder.StartsWith(source + "/")) && c.Destination.TrimEnd('/') == source;
    }));

    /// <summary>The project and every project it references, transitively, repository-relative with '/'.</summary>
    public static IReadOnlySet<string> ProjectClosure(string root, string project)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current)) continue;
            var dir = Path.GetDirectoryName(Path.Combine(root, current))!;
            foreach (var reference in XDocument.Load(Path.Combine(root, current)).Descendants("ProjectReference"))
                pending.Push(Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(dir, reference.Attribute("Include")!.Value.Replace('\\', '/')))).Replace('\\', '/'));
        }
        return seen;
    }

    public static string AssemblyName(string root, string project) =>
        XDocument.Load(Path.Combine(root, project)).Descendants("AssemblyName").FirstOrDefault()?.Value
        ?? Path.GetFileNameWithoutExtension(project);

    /// <summary>"10.0" from the TargetFramework net10.0 in Directory.Build.props.</summary>
    public static string TargetVersion(string root) =>
        XDocument.Load(Path.Combine(root, "Directory.Build.props")).Descendants("TargetFramework").Single().Value["net".Length..];

    /// <summary>.dockerignore patterns as regular expressions over repository-relative paths (a match covers what is below).</summary>
    private static List<Regex> IgnorePatterns(string text) => text.Split('\n').Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('!'))
        .Select(l => new Regex("^" + Regex.Escape(l.Trim('/')).Replace(@"\*\*/", "(.*/)?").Replace(@"\*\*", ".*")
            .Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "(/.*)?$")).ToList();

    [GeneratedRegex(@"dotnet publish (?<project>\S+\.csproj)\b.*?(?:-o|--output) (?<output>\S+)")] private static partial Regex PublishCommand();
}
