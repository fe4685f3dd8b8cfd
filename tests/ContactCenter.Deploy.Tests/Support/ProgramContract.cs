using System.Reflection;
using System.Text.RegularExpressions;
using ContactCenter.Hosting;
using ContactCenter.Hosting.Telemetry;
using ContactCenter.Demo;
using Microsoft.Extensions.Configuration;
using Orleans.Hosting.Kubernetes;

namespace ContactCenter.Deploy.Tests.Support;

public enum App { Silo, Dashboard }

/// <summary>What the silo and dashboard programs read, taken from their code so that it cannot drift.</summary>
public static partial class ProgramContract
{
    public const string Urls = "ASPNETCORE_URLS";
    public const string HttpPorts = "ASPNETCORE_HTTP_PORTS";

    /// <summary>The project each Dockerfile publishes, and which program that is.</summary>
    public static readonly IReadOnlyDictionary<string, App> Projects = new Dictionary<string, App>
    {
        ["silo/ContactCenter.Silo.csproj"] = App.Silo,
        ["dashboard/ContactCenter.Dashboard.csproj"] = App.Dashboard,
    };

    /// <summary>The ClusterSettings *Key constants, e.g. "Orleans:ClusterId".</summary>
    public static readonly IReadOnlySet<string> ClusterKeys = typeof(ClusterSettings)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name.EndsWith("Key")).Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlySet<string> SimulationKeys = typeof(SimulationOptions)
        .GetProperties().Select(p => $"{SimulationOptions.Section}:{p.Name}").ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The pod variables Orleans' Kubernetes hosting reads (KubernetesHostingOptions), with their downward-API fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> PodFields = new Dictionary<string, string>
    {
        [KubernetesHostingOptions.PodNameEnvironmentVariable] = "metadata.name",
        [KubernetesHostingOptions.PodNamespaceEnvironmentVariable] = "metadata.namespace",
        [KubernetesHostingOptions.PodIPEnvironmentVariable] = "status.podIP",
    };

    /// <summary>Why <paramref name="key"/> is read by nobody in <paramref name="app"/>, or null when it is read.</summary>
    public static string? Unknown(string key, App app, bool kubernetes)
    {
        var config = key.Replace("__", ":");
        if (key is Urls or HttpPorts || ClusterKeys.Contains(config) || config.StartsWith("Logging:", StringComparison.OrdinalIgnoreCase))
            return null;
        if (app == App.Silo && SimulationKeys.Contains(config)) return null;
        if (config.Equals(MetricsAccess.PortKey, StringComparison.OrdinalIgnoreCase) || KestrelCertificateKey().IsMatch(config)) return null;
        if (app == App.Dashboard && config.Equals(MetricsAccess.RoleKey, StringComparison.OrdinalIgnoreCase)) return null;
        if (app == App.Dashboard && UserKey().IsMatch(config)) return null;
        if (app == App.Silo && kubernetes && PodFields.ContainsKey(key)) return null;
        return $"{app} reads no setting '{key}'";
    }

    public static IConfiguration Configuration(IReadOnlyDictionary<string, string> env) =>
        new ConfigurationBuilder().AddInMemoryCollection(env.Select(kv => KeyValuePair.Create(kv.Key.Replace("__", ":"), (string?)kv.Value))).Build();

    public static ClusterSettings Settings(IReadOnlyDictionary<string, string> env) => ClusterSettings.Read(Configuration(env));

    /// <summary>The port Kestrel listens on in the container, or why it is unreachable from outside it.</summary>
    public static (int? Port, string? Problem) HttpPort(IReadOnlyDictionary<string, string> env, App app)
    {
        var urls = env.GetValueOrDefault(Urls);
        if (!string.IsNullOrWhiteSpace(urls))
        {
            var match = WildcardUrl().Match(urls.Trim());
            return match.Success ? (int.Parse(match.Groups[1].Value), null)
                : (null, $"{Urls}='{urls}' must be one http://+:PORT (or 0.0.0.0, *, [::]); loopback is unreachable from outside the container");
        }
        // The silo falls back to http://localhost:5081 unless "urls" is set; only the dashboard honours HTTP_PORTS.
        if (app == App.Dashboard && int.TryParse(env.GetValueOrDefault(HttpPorts), out var port)) return (port, null);
        return (null, $"{app} needs {Urls}" + (app == App.Silo ? " (it ignores ASPNETCORE_HTTP_PORTS and binds localhost)" : ""));
    }

    /// <summary>
    /// The port /metrics answers on (MetricsAccess, as the programs read it), or why the deployment leaves it
    /// unscrapeable (unset: loopback only) or open to the app's clients (the HTTP port itself).
    /// </summary>
    public static (int? Port, string? Problem) MetricsPort(IReadOnlyDictionary<string, string> env, App app, int httpPort)
    {
        MetricsAccess access;
        try { access = MetricsAccess.Read(Configuration(env), rolesAvailable: app == App.Dashboard); }
        catch (ClusterConfigurationException ex) { return (null, ex.Message); }
        if (access.Port is not { } port) return (null, $"{MetricsAccess.PortKey} is not set: /metrics would answer only inside the container, so nothing can scrape it");
        return port == httpPort ? (null, $"{MetricsAccess.PortKey} {port} is the HTTP port, so /metrics (queue and grain names) goes wherever the app does") : (port, null);
    }

    /// <summary>Dashboard users as ConfiguredUsers reads them; problems name the entry.</summary>
    public static IEnumerable<string> UserProblems(IReadOnlyDictionary<string, string> env)
    {
        var roles = KnownRoles();
        foreach (var user in Configuration(env).GetSection("Users").GetChildren())
        {
            if (string.IsNullOrWhiteSpace(user["Name"])) yield return $"Users:{user.Key}:Name is missing";
            if (string.IsNullOrWhiteSpace(user["PasswordHash"])) yield return $"Users:{user.Key}:PasswordHash is missing";
            var given = user.GetSection("Roles").GetChildren().Select(r => r.Value ?? "").ToList();
            if (given.Count == 0 || given.Any(r => !roles.Contains(r)))
                yield return $"Users:{user.Key}:Roles [{string.Join(", ", given)}] must name only roles among {string.Join(", ", roles)}";
        }
    }

    /// <summary>The role names of dashboard/Auth/Roles.cs (the test does not reference the dashboard).</summary>
    public static IReadOnlySet<string> KnownRoles() => RoleConstant().Matches(Repo.Read("dashboard", "Auth", "Roles.cs"))
        .Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"^Kestrel:Certificates:Default:(Path|KeyPath|Password)$", RegexOptions.IgnoreCase)] private static partial Regex KestrelCertificateKey();
    [GeneratedRegex(@"^Users:\d+:(Name|PasswordHash|AgentId|Roles:\d+)$", RegexOptions.IgnoreCase)] private static partial Regex UserKey();
    [GeneratedRegex(@"^http://(?:\+|\*|0\.0\.0\.0|\[::\]):(\d+)/?$")] private static partial Regex WildcardUrl();
    [GeneratedRegex(@"public const string (?:Agent|Supervisor|Analyst|Admin) = ""(\w+)"";")] private static partial Regex RoleConstant();
}
