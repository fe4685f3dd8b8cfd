namespace ContactCenter.Deploy.Tests.Support;

/// <summary>Paths in the repository, found from the test's output folder by walking up to Orleans.sln.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();
    public static string Docker => Path.Combine(Root, "deploy", "docker");
    public static string Kubernetes => Path.Combine(Root, "deploy", "k8s");

    public static string Read(params string[] relative) => File.ReadAllText(Path.Combine([Root, .. relative]));

    /// <summary>Every file of deploy/k8s by name, so a check can also run on edited copies.</summary>
    public static Dictionary<string, string> KubernetesFiles() =>
        Directory.GetFiles(Kubernetes).Where(f => f.EndsWith(".yaml") || f.EndsWith(".yml"))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Orleans.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Orleans.sln above {AppContext.BaseDirectory}");
    }
}
