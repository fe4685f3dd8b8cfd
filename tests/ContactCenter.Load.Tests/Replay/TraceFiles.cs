namespace ContactCenter.Load.Tests.Replay;

/// <summary>
/// Finds the real trace files: the 400-row excerpt that ships with the tests, and the full shared
/// file, which lives outside the repository and may be absent on a build machine.
/// </summary>
internal static class TraceFiles
{
    public const string FullFileName = "anonymous-bank-1999-02-01-to-14.tsv";

    public static string ExcerptPath => Path.Combine(AppContext.BaseDirectory, "TestData", "anonymous-bank-first-400.tsv");

    /// <summary>
    /// The full trace at ../shared/data/ relative to the directory holding Orleans.sln, walking up
    /// from the test binaries; null when the repository root or the file cannot be found.
    /// </summary>
    public static string? FindFullFile()
    {
        var path = System.IO.Path.GetFullPath(RepositoryFiles.Path("..", "shared", "data", FullFileName));
        return File.Exists(path) ? path : null;
    }
}
