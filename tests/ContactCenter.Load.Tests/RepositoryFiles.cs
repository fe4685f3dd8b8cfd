namespace ContactCenter.Load.Tests;

/// <summary>Files in the repository, found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Orleans.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"Orleans.sln not found above {AppContext.BaseDirectory}");
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root(), .. parts]);
}
