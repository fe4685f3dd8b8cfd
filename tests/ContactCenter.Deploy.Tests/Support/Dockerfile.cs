using System.Text.Json;
using System.Text.RegularExpressions;

namespace ContactCenter.Deploy.Tests.Support;

public sealed record DockerInstruction(string Name, string Args);

public sealed record DockerCopy(string? From, IReadOnlyList<string> Sources, string Destination, string WorkDir);

/// <summary>The instructions of a Dockerfile that the checks need, stage by stage.</summary>
public sealed partial class Dockerfile(IReadOnlyList<IReadOnlyList<DockerInstruction>> stages)
{
    /// <summary>What mcr.microsoft.com/dotnet/aspnet sets before our ENV lines (the silo ignores HTTP_PORTS).</summary>
    public static readonly IReadOnlyDictionary<string, string> AspNetBaseEnv =
        new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = "8080", ["APP_UID"] = "1654" };

    public IReadOnlyList<IReadOnlyList<DockerInstruction>> Stages => stages;
    public IReadOnlyList<DockerInstruction> Build => stages[0];
    public IReadOnlyList<DockerInstruction> Final => stages[^1];

    public static Dockerfile Parse(string text)
    {
        var stages = new List<List<DockerInstruction>>();
        foreach (var line in LogicalLines(text))
        {
            var parts = line.Split((char[])[' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
            var instruction = new DockerInstruction(parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : "");
            if (instruction.Name == "FROM") stages.Add([]);
            if (stages.Count == 0) continue; // ARG before the first FROM
            stages[^1].Add(instruction);
        }
        return new Dockerfile(stages);
    }

    /// <summary>The image of a stage: "mcr.microsoft.com/dotnet/sdk:10.0" of "FROM ... AS build".</summary>
    public static string Image(IReadOnlyList<DockerInstruction> stage) => stage[0].Args.Split(' ')[0];

    public static string? StageName(IReadOnlyList<DockerInstruction> stage) =>
        stage[0].Args.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var a, var name] && a.Equals("AS", StringComparison.OrdinalIgnoreCase) ? name : null;

    public static IEnumerable<DockerCopy> Copies(IReadOnlyList<DockerInstruction> stage)
    {
        var workDir = "/";
        foreach (var i in stage)
        {
            if (i.Name == "WORKDIR") workDir = i.Args.StartsWith('/') ? i.Args : $"{workDir.TrimEnd('/')}/{i.Args}";
            if (i.Name is not ("COPY" or "ADD")) continue;
            var words = Words(i.Args);
            var from = words.FirstOrDefault(w => w.StartsWith("--from="))?["--from=".Length..];
            var paths = words.Where(w => !w.StartsWith("--")).ToList();
            yield return new DockerCopy(from, paths[..^1], paths[^1], workDir);
        }
    }

    /// <summary>Environment of the final image: the aspnet base's, then the final stage's ENV lines.</summary>
    public IReadOnlyDictionary<string, string> FinalEnv(bool includeBase = true)
    {
        var env = includeBase && Image(Final).StartsWith("mcr.microsoft.com/dotnet/aspnet:")
            ? new Dictionary<string, string>(AspNetBaseEnv) : [];
        foreach (var i in Final.Where(i => i.Name == "ENV"))
        {
            var words = Words(i.Args);
            if (words.Count == 2 && !words[0].Contains('=')) { env[words[0]] = words[1]; continue; }
            foreach (var word in words) env[word[..word.IndexOf('=')]] = word[(word.IndexOf('=') + 1)..];
        }
        return env;
    }

    public IReadOnlySet<int> ExposedPorts => Final.Where(i => i.Name == "EXPOSE")
        .SelectMany(i => Words(i.Args)).Select(p => int.Parse(p.Split('/')[0])).ToHashSet();

    public IReadOnlyList<string> Entrypoint =>
        Final.LastOrDefault(i => i.Name == "ENTRYPOINT") is { } e && e.Args.StartsWith('[')
            ? JsonSerializer.Deserialize<string[]>(e.Args)! : [];

    /// <summary>Absolute paths of the files the final stage copies from the build context.</summary>
    public IReadOnlySet<string> FinalContextFiles() => Copies(Final).Where(c => c.From is null)
        .SelectMany(c => c.Sources.Select(s => Target(c, s))).ToHashSet();

    private static string Target(DockerCopy copy, string source)
    {
        var dest = copy.Destination.StartsWith('/') ? copy.Destination : $"{copy.WorkDir.TrimEnd('/')}/{copy.Destination}";
        dest = dest.Replace("/./", "/");
        if (dest.EndsWith("/.")) dest = dest[..^1];
        return dest.EndsWith('/') ? dest + Path.GetFileName(source.TrimEnd('/')) : dest;
    }

    public IEnumerable<string> Runs(IReadOnlyList<DockerInstruction> stage) => stage.Where(i => i.Name == "RUN").Select(i => i.Args);

    /// <summary>Lines with continuations joined and comments dropped, as Docker reads them.</summary>
    private static IEnumerable<string> LogicalLines(string text)
    {
        var current = "";
        foreach (var raw in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (raw.TrimStart().StartsWith('#')) continue;
            var line = raw.Trim();
            if (line.EndsWith('\\')) { current += line[..^1] + " "; continue; }
            current += line;
            if (current.Trim().Length > 0) yield return current.Trim();
            current = "";
        }
        if (current.Trim().Length > 0) yield return current.Trim();
    }

    /// <summary>Words split on blanks, honouring double quotes, or the items of a JSON array form.</summary>
    public static List<string> Words(string args)
    {
        if (args.StartsWith('[')) return JsonSerializer.Deserialize<List<string>>(args)!;
        return WordPattern().Matches(args).Select(m => m.Value.Replace("\"", "")).ToList();
    }

    [GeneratedRegex("""(?:[^\s"]+|"[^"]*")+""")] private static partial Regex WordPattern();
}
