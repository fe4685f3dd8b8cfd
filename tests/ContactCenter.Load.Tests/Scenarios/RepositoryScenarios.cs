namespace ContactCenter.Load.Tests.Scenarios;

/// <summary>The scenario files that ship in load/scenarios, found from the directory holding Orleans.sln.</summary>
internal static class RepositoryScenarios
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Orleans.sln"))) return Path.Combine(dir.FullName, "load", "scenarios");
            }

            throw new InvalidOperationException($"no Orleans.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public static IEnumerable<string> FileNames =>
        Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);
}
