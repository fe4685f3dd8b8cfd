namespace ContactCenter.Load.Tests.Scenarios;

/// <summary>The scenario files that ship in load/scenarios, found from the directory holding Orleans.sln.</summary>
internal static class RepositoryScenarios
{
    public static string Folder => RepositoryFiles.Path("load", "scenarios");

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public static IEnumerable<string> FileNames =>
        Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);
}
