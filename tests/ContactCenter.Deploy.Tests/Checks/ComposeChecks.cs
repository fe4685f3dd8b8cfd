using System.Net;
using ContactCenter.Hosting;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Deploy.Tests.Checks;

/// <summary>One of our services in compose.yaml, with the environment its container really gets.</summary>
public sealed record ComposeApp(string Name, App App, Dockerfile Image, JsonNode Service, IReadOnlyDictionary<string, string> Env);

/// <summary>
/// compose.yaml against the programs: every service's environment is read by its program and gives a valid
/// cluster, the addresses and ports agree with the images, and health checks ask the right paths.
/// </summary>
public static class ComposeChecks
{
    public static List<string> Problems(string composeText, string composeDir, string root)
    {
        var problems = new List<string>();
        var compose = YamlJson.Parse(composeText).Single();
        var apps = Apps(compose, composeDir, root, problems);
        if (!apps.Any(a => a.App == App.Silo) || !apps.Any(a => a.App == App.Dashboard))
            problems.Add("expected at least one silo and one dashboard service");
        var clusters = new HashSet<(string, string)>();
        foreach (var app in apps)
        {
            var settings = Settings(app, compose, problems);
            if (settings is not null) clusters.Add((settings.ClusterId, settings.ServiceId));
            HttpAndHealth(app, settings, problems);
            if (app.App == App.Silo && settings is not null) SiloAddress(app, settings, compose, apps, problems);
            if (app.App == App.Dashboard) problems.AddRange(ProgramContract.UserProblems(app.Env).Select(p => $"{app.Name}: {p}"));
        }
        if (clusters.Count > 1) problems.Add($"services disagree on cluster/service id: {string.Join("; ", clusters)}");
        var simulating = apps.Where(a => a.App == App.Silo && ProgramContract.Configuration(a.Env).GetValue("Simulation:Enabled", true)).ToList();
        if (simulating.Count > 1) problems.Add($"{string.Join(", ", simulating.Select(a => a.Name))} all run the demo simulation; at most one silo may");
        return problems;
    }

    /// <summary>Services with a build section, with the image's ENV under the service's environment.</summary>
    public static List<ComposeApp> Apps(JsonNode? compose, string composeDir, string root, List<string> problems)
    {
        var apps = new List<ComposeApp>();
        foreach (var (name, service) in compose.At("services").Entries().Where(s => s.Value?["build"] is not null))
        {
            var context = Path.GetFullPath(Path.Combine(composeDir, service.At("build.context").Str() ?? "."));
            if (context.TrimEnd('/') != root.TrimEnd('/')) problems.Add($"{name}: build context must be the repository root (the Dockerfiles copy from it), not {context}");
            var dockerfile = Path.Combine(context, service.At("build.dockerfile").Str() ?? "Dockerfile");
            if (!File.Exists(dockerfile)) { problems.Add($"{name}: no Dockerfile at {dockerfile}"); continue; }
            var text = File.ReadAllText(dockerfile);
            if (!ProgramContract.Projects.TryGetValue(DockerfileChecks.PublishedProject(text) ?? "", out var app))
            { problems.Add($"{name}: {dockerfile} publishes neither the silo nor the dashboard"); continue; }
            var image = Dockerfile.Parse(text);
            var own = Environment(name, service!["environment"], problems);
            foreach (var key in own.Keys.Concat(image.FinalEnv(includeBase: false).Keys))
                if (ProgramContract.Unknown(key, app, kubernetes: false) is { } unknown) problems.Add($"{name}: {unknown}");
            var env = new Dictionary<string, string>(image.FinalEnv());
            foreach (var (k, v) in own) env[k] = v;
            apps.Add(new ComposeApp(name, app, image, service, env));
        }
        return apps;
    }

    private static Dictionary<string, string> Environment(string service, JsonNode? node, List<string> problems)
    {
        var env = new Dictionary<string, string>();
        foreach (var item in node.Items())
        {
            var text = item.Str() ?? "";
            if (!text.Contains('=')) { problems.Add($"{service}: environment entry '{text}' has no value"); continue; }
            env[text[..text.IndexOf('=')]] = text[(text.IndexOf('=') + 1)..];
        }
        foreach (var (key, value) in node.Entries())
        {
            if (value.Str() is { } text) env[key] = text;
            else problems.Add($"{service}: {key} must be a quoted string (got {value?.ToJsonString() ?? "null"})");
        }
        return env;
    }

    private static ClusterSettings? Settings(ComposeApp app, JsonNode? compose, List<string> problems)
    {
        ClusterSettings settings;
        try { settings = ProgramContract.Settings(app.Env); }
        catch (ClusterConfigurationException ex) { problems.Add($"{app.Name}: {ex.Message}"); return null; }
        if (!settings.IsCluster) problems.Add($"{app.Name}: {ClusterSettings.RedisKey} is not set, so it would run embedded");
        if (settings.Kubernetes) problems.Add($"{app.Name}: {ClusterSettings.KubernetesKey} is for Kubernetes pods, not compose");
        var redis = settings.IsCluster ? RedisEndpoints.Parse(settings.RedisConnectionString!).EndPoints.Single() as DnsEndPoint : null;
        if (redis is not null)
        {
            var service = compose.At("services")?[redis.Host];
            if (service?["image"].Str()?.StartsWith("redis:7") != true)
                problems.Add($"{app.Name}: Redis host '{redis.Host}' is not a redis:7 service of this file");
            else if ((redis.Port == 0 ? 6379 : redis.Port) != RedisPort(service))
                problems.Add($"{app.Name}: Redis port {redis.Port} is not the port {RedisPort(service)} that '{redis.Host}' listens on");
            else problems.AddRange(RedisProblems(redis.Host, service));
            if (!DependsOnHealthy(app.Service, redis.Host)) problems.Add($"{app.Name}: must depend on {redis.Host} with condition service_healthy");
        }
        return settings;
    }

    private static int RedisPort(JsonNode service)
    {
        var command = service["command"].Items().Select(i => i.Text()).ToList();
        var at = command.IndexOf("--port");
        return at >= 0 && at + 1 < command.Count ? int.Parse(command[at + 1]!) : 6379;
    }

    private static IEnumerable<string> RedisProblems(string name, JsonNode service)
    {
        var command = string.Join(' ', service["command"].Items().Select(i => i.Text()));
        if (!command.Contains("--appendonly yes")) yield return $"{name}: run redis-server with --appendonly yes";
        if (!service["volumes"].Items().Any(v => v.Str()?.EndsWith(":/data") == true)) yield return $"{name}: mount a volume at /data";
        if (service["healthcheck"] is null) yield return $"{name}: needs a healthcheck for service_healthy";
    }

    private static bool DependsOnHealthy(JsonNode service, string dependency) =>
        service["depends_on"]?[dependency]?["condition"].Str() == "service_healthy";

    private static void HttpAndHealth(ComposeApp app, ClusterSettings? settings, List<string> problems)
    {
        var (port, problem) = ProgramContract.HttpPort(app.Env, app.App);
        if (problem is not null) { problems.Add($"{app.Name}: {problem}"); return; }
        var test = app.Service.At("healthcheck.test").Items().Select(i => i.Text() ?? "").ToList();
        var script = test.FirstOrDefault(t => t.EndsWith("healthcheck.sh"));
        if (script is null || test.Count < test.IndexOf(script) + 3)
            problems.Add($"{app.Name}: healthcheck must run healthcheck.sh PORT {HealthEndpoints.Readiness}");
        else
        {
            var (checkedPort, path) = (test[test.IndexOf(script) + 1], test[test.IndexOf(script) + 2]);
            if (!app.Image.FinalContextFiles().Contains(script)) problems.Add($"{app.Name}: the image has no {script}");
            if (checkedPort != port.ToString()) problems.Add($"{app.Name}: healthcheck asks port {checkedPort}, the program listens on {port}");
            if (path != HealthEndpoints.Readiness) problems.Add($"{app.Name}: healthcheck asks {path}, readiness is {HealthEndpoints.Readiness}");
        }
        var expected = new HashSet<int> { port!.Value };
        if (app.App == App.Silo && settings is not null) expected.UnionWith([settings.SiloPort, settings.GatewayPort]);
        var (metrics, metricsProblem) = ProgramContract.MetricsPort(app.Env, app.App, port.Value);
        if (metricsProblem is not null) problems.Add($"{app.Name}: {metricsProblem}");
        if (metrics is { } scraped) expected.Add(scraped);
        if (!app.Image.ExposedPorts.SetEquals(expected))
            problems.Add($"{app.Name}: image exposes {string.Join(",", app.Image.ExposedPorts.Order())}, the environment configures {string.Join(",", expected.Order())}");
        foreach (var published in app.Service["ports"].Items().Select(p => p.Text() ?? ""))
            if (published.Split(':')[^1].Split('/')[0] is var target && target == metrics?.ToString())
                problems.Add($"{app.Name}: publishes the metrics port in '{published}'; keep /metrics on the compose network");
            else if (target != port.ToString())
                problems.Add($"{app.Name}: publishes container port of '{published}', the program listens on {port}");
    }

    private static void SiloAddress(ComposeApp app, ClusterSettings settings, JsonNode? compose, List<ComposeApp> apps, List<string> problems)
    {
        var ip = settings.AdvertisedIP;
        if (IPAddress.IsLoopback(ip)) { problems.Add($"{app.Name}: advertises loopback {ip}; other containers cannot reach it"); return; }
        var network = app.Service["networks"].Entries().FirstOrDefault(n => n.Value?["ipv4_address"].Text() == ip.ToString());
        if (network.Key is null) { problems.Add($"{app.Name}: advertises {ip} but has no network with ipv4_address {ip}"); return; }
        var ipam = compose.At("networks")?[network.Key].At("ipam.config").Items().FirstOrDefault();
        if (ipam?["subnet"].Str() is not { } subnet || !IPNetwork.Parse(subnet).Contains(ip))
            problems.Add($"{app.Name}: {ip} is outside network {network.Key}'s subnet");
        if (ipam?["ip_range"].Str() is { } range && IPNetwork.Parse(range).Contains(ip))
            problems.Add($"{app.Name}: {ip} is inside {network.Key}'s dynamic ip_range {range}; another container may take it");
        if (apps.Count(a => a.App == App.Silo && a.Env.GetValueOrDefault("Orleans__AdvertisedIP") == ip.ToString()) > 1)
            problems.Add($"{app.Name}: {ip} is advertised by more than one silo");
    }
}
