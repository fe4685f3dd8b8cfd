using ContactCenter.Hosting;
using Orleans.Configuration;

namespace ContactCenter.Deploy.Tests.Checks;

/// <summary>Ports, probes, Services and Redis of deploy/k8s.</summary>
public static partial class KubernetesChecks
{
    private static void HttpAndProbes(PodApp app, ClusterSettings settings, List<string> problems)
    {
        var (port, problem) = ProgramContract.HttpPort(app.Env, app.App);
        if (problem is not null) { problems.Add($"{app.Name}: {problem}"); return; }
        var declared = ContainerPorts(app.Container);
        var expected = new HashSet<int> { port!.Value };
        if (app.App == App.Silo) expected.UnionWith([EndpointOptions.DEFAULT_SILO_PORT, EndpointOptions.DEFAULT_GATEWAY_PORT]);
        var (metrics, metricsProblem) = ProgramContract.MetricsPort(app.Env, app.App, port.Value);
        if (metricsProblem is not null) problems.Add($"{app.Name}: {metricsProblem}");
        if (metrics is { } scraped) expected.Add(scraped);
        if (!declared.Values.ToHashSet().SetEquals(expected))
            problems.Add($"{app.Name}: containerPorts {string.Join(",", declared.Values.Order())}, but the program listens on {string.Join(",", expected.Order())}");
        if (!app.Image.ExposedPorts.SetEquals(expected))
            problems.Add($"{app.Name}: the image exposes {string.Join(",", app.Image.ExposedPorts.Order())}, the pod listens on {string.Join(",", expected.Order())}");
        foreach (var (probe, path, required) in new[] { ("readinessProbe", HealthEndpoints.Readiness, true), ("livenessProbe", HealthEndpoints.Liveness, true), ("startupProbe", HealthEndpoints.Liveness, false) })
        {
            var get = app.Container.At($"{probe}.httpGet");
            if (get is null) { if (required) problems.Add($"{app.Name}: no {probe} httpGet"); continue; }
            if (get["path"].Str() != path) problems.Add($"{app.Name}: {probe} asks {get["path"].Text()}, expected {path}");
            if (Resolve(get["port"], declared) != port) problems.Add($"{app.Name}: {probe} port {get["port"].Text()} is not the HTTP port {port}");
        }
        var annotations = app.Template.At("metadata.annotations");
        if (annotations?["prometheus.io/scrape"].Str() == "true")
        {
            if (annotations["prometheus.io/path"].Str() != HealthEndpoints.Metrics) problems.Add($"{app.Name}: prometheus.io/path must be {HealthEndpoints.Metrics}");
            if (annotations["prometheus.io/port"].Str() != metrics?.ToString()) problems.Add($"{app.Name}: prometheus.io/port must be the metrics port {metrics}");
        }
    }

    private static void Services(KubernetesManifests k8s, List<PodApp> apps, List<string> problems)
    {
        foreach (var service in k8s.OfKind("Service"))
        {
            var targets = k8s.OfKind("Deployment").Where(d => Selects(service, d)).ToList();
            if (targets.Count == 0) { problems.Add($"Service/{service.Name} selects no Deployment's pods"); continue; }
            foreach (var port in service.Node.At("spec.ports").Items())
                foreach (var target in targets)
                {
                    var declared = target.Node.At("spec.template.spec.containers").Items().OfType<JsonNode>().SelectMany(c => ContainerPorts(c)).ToDictionary();
                    var targetPort = Resolve(port?["targetPort"] ?? port?["port"], declared);
                    if (targetPort is null)
                        problems.Add($"Service/{service.Name}: targetPort {(port?["targetPort"] ?? port?["port"]).Text()} is not a port of Deployment/{target.Name}");
                    else if (apps.FirstOrDefault(a => a.Deployment == target) is { } app && ProgramContract.HttpPort(app.Env, app.App).Port is { } http
                             && ProgramContract.MetricsPort(app.Env, app.App, http).Port == targetPort)
                        problems.Add($"Service/{service.Name}: exposes the metrics port {targetPort} of Deployment/{target.Name}; Prometheus scrapes pods directly");
                }
            if (apps.Any(a => a.App == App.Dashboard && a.Replicas > 1 && targets.Contains(a.Deployment)) && service.Node.At("spec.sessionAffinity").Str() != "ClientIP")
                problems.Add($"Service/{service.Name}: Blazor Server circuits and sign-in cookies live in one replica; set sessionAffinity: ClientIP");
        }
    }

    private static void Redis(KubernetesManifests k8s, List<string> problems)
    {
        var redis = k8s.OfKind("Deployment").Concat(k8s.OfKind("StatefulSet"))
            .SelectMany(d => d.Node.At("spec.template.spec.containers").Items().Select(c => (Workload: d, Container: c!)))
            .Where(x => x.Container["image"].Str()?.StartsWith("redis:") == true).ToList();
        if (redis.Count != 1) { problems.Add($"expected one Redis container, found {redis.Count}"); return; }
        var (workload, container) = redis[0];
        if (!container["image"].Str()!.StartsWith("redis:7")) problems.Add("Redis must be the official redis:7 image");
        var command = string.Join(' ', container["command"].Items().Concat(container["args"].Items()).Select(a => a.Text()));
        if (!command.Contains("--appendonly yes")) problems.Add("Redis must run with --appendonly yes");
        var mount = container["volumeMounts"].Items().FirstOrDefault(m => m?["mountPath"].Str() == "/data");
        var volume = workload.Node.At("spec.template.spec.volumes").Items().FirstOrDefault(v => v?["name"].Str() == mount?["name"].Str());
        var claim = volume.At("persistentVolumeClaim.claimName").Str();
        var templated = workload.Node.At("spec.volumeClaimTemplates").Items().Any(t => t.At("metadata.name").Str() == mount?["name"].Str());
        if (mount is null || (k8s.Find("PersistentVolumeClaim", claim) is null && !templated))
            problems.Add("Redis must keep /data on a PersistentVolumeClaim of deploy/k8s");
    }

    /// <summary>Container port numbers by name (unnamed ones by their number).</summary>
    private static Dictionary<string, int> ContainerPorts(JsonNode container) => container["ports"].Items().OfType<JsonNode>()
        .Select(p => (Name: p["name"].Str(), Port: int.Parse(p["containerPort"].Text() ?? "0")))
        .ToDictionary(p => p.Name ?? p.Port.ToString(), p => p.Port);

    /// <summary>A probe's or Service's port, by number or by container port name; null when the pod has no such port.</summary>
    private static int? Resolve(JsonNode? port, Dictionary<string, int> declared) =>
        port?.Str() is { } name && !int.TryParse(name, out _) ? declared.TryGetValue(name, out var p) ? p : null
        : int.TryParse(port.Text(), out var number) && declared.ContainsValue(number) ? number : null;
}
