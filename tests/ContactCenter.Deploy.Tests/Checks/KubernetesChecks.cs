using ContactCenter.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;

namespace ContactCenter.Deploy.Tests.Checks;

/// <summary>One of our containers in a Deployment, with the environment it really gets (image ENV, env, envFrom).</summary>
public sealed record PodApp(K8sResource Deployment, JsonNode Container, App App, Dockerfile Image,
    IReadOnlyDictionary<string, string> Env, IReadOnlyDictionary<string, string> FieldRefs)
{
    public string Name => $"{Deployment.Kind}/{Deployment.Name}";
    public JsonNode? Template => Deployment.Node.At("spec.template");
    public int Replicas => int.TryParse(Deployment.Node.At("spec.replicas").Text(), out var n) ? n : 1;
}

/// <summary>
/// deploy/k8s against the programs and Orleans' Kubernetes hosting: the environment each pod gets is read
/// by its program and forms one cluster; probes, ports, Services, RBAC and Redis fit together.
/// </summary>
public static partial class KubernetesChecks
{
    public static List<string> Problems(IReadOnlyDictionary<string, string> files, string root)
    {
        var problems = new List<string>();
        var k8s = KubernetesManifests.Load(files, problems);
        foreach (var deployment in k8s.OfKind("Deployment"))
            if (deployment.Node.At("spec.selector.matchLabels").Entries().Any(l => deployment.Node.At("spec.template.metadata.labels")?[l.Key].Str() != l.Value.Str()))
                problems.Add($"Deployment/{deployment.Name}: selector does not match its template's labels");
        var apps = Apps(k8s, root, problems);
        if (!apps.Any(a => a.App == App.Silo) || !apps.Any(a => a.App == App.Dashboard))
            problems.Add("expected a silo and a dashboard Deployment");
        var clusters = new HashSet<(string, string)>();
        foreach (var app in apps)
        {
            ClusterSettings settings;
            try { settings = ProgramContract.Settings(app.Env); }
            catch (ClusterConfigurationException ex) { problems.Add($"{app.Name}: {ex.Message}"); continue; }
            clusters.Add((settings.ClusterId, settings.ServiceId));
            Cluster(app, settings, k8s, problems);
            HttpAndProbes(app, settings, problems);
            if (app.App == App.Silo) Silo(app, settings, k8s, problems);
            else problems.AddRange(ProgramContract.UserProblems(app.Env).Select(p => $"{app.Name}: {p}"));
        }
        if (clusters.Count > 1) problems.Add($"Deployments disagree on cluster/service id: {string.Join("; ", clusters)}");
        Services(k8s, apps, problems);
        Redis(k8s, problems);
        return problems;
    }

    private static List<PodApp> Apps(KubernetesManifests k8s, string root, List<string> problems)
    {
        var apps = new List<PodApp>();
        foreach (var deployment in k8s.OfKind("Deployment"))
            foreach (var container in deployment.Node.At("spec.template.spec.containers").Items().OfType<JsonNode>())
            {
                var image = container["image"].Str() ?? "";
                if (!image.StartsWith("contact-center/")) continue;
                var dockerfile = Path.Combine(root, "deploy", "docker", $"{image.Split('/')[1].Split(':')[0]}.Dockerfile");
                if (!File.Exists(dockerfile)) { problems.Add($"{deployment.Name}: no Dockerfile {dockerfile} builds image {image}"); continue; }
                var text = File.ReadAllText(dockerfile);
                if (!ProgramContract.Projects.TryGetValue(DockerfileChecks.PublishedProject(text) ?? "", out var app)) continue;
                var parsed = Dockerfile.Parse(text);
                var (own, fields) = Environment(deployment.Name, container, k8s, problems);
                foreach (var key in own.Keys.Concat(fields.Keys).Concat(parsed.FinalEnv(includeBase: false).Keys))
                    if (ProgramContract.Unknown(key, app, kubernetes: true) is { } unknown) problems.Add($"Deployment/{deployment.Name}: {unknown}");
                var env = new Dictionary<string, string>(parsed.FinalEnv());
                foreach (var (k, v) in own) env[k] = v;
                apps.Add(new PodApp(deployment, container, app, parsed, env, fields));
            }
        return apps;
    }

    private static (Dictionary<string, string> Env, Dictionary<string, string> FieldRefs) Environment(
        string deployment, JsonNode container, KubernetesManifests k8s, List<string> problems)
    {
        var (env, fields) = (new Dictionary<string, string>(), new Dictionary<string, string>());
        foreach (var from in container["envFrom"].Items())
        {
            var name = from.At("secretRef.name").Str();
            if (k8s.Secret(name) is { } secret) foreach (var (k, v) in secret) env[k] = v;
            else problems.Add($"{deployment}: envFrom names Secret {name}, which is not in deploy/k8s");
        }
        foreach (var item in container["env"].Items().OfType<JsonNode>())
        {
            var name = item["name"].Str() ?? "";
            if (item["value"] is { } value) env[name] = value.Text() ?? "";
            else if (item.At("valueFrom.fieldRef.fieldPath").Str() is { } field) fields[name] = field;
            else if (item.At("valueFrom.secretKeyRef") is { } reference)
            {
                var (secret, key) = (reference["name"].Str(), reference["key"].Str() ?? "");
                if (k8s.Secret(secret)?.GetValueOrDefault(key) is { } secretValue) env[name] = secretValue;
                else problems.Add($"{deployment}: {name} comes from Secret {secret} key {key}, which does not exist");
            }
        }
        return (env, fields);
    }

    private static void Cluster(PodApp app, ClusterSettings settings, KubernetesManifests k8s, List<string> problems)
    {
        if (!settings.IsCluster) { problems.Add($"{app.Name}: {ClusterSettings.RedisKey} is not set"); return; }
        if (settings.Kubernetes != (app.App == App.Silo))
            problems.Add($"{app.Name}: {ClusterSettings.KubernetesKey} must be {(app.App == App.Silo ? "true" : "false")} for the {app.App} (silos advertise their pod IP through it)");
        var redis = RedisEndpoints.Parse(settings.RedisConnectionString!).EndPoints.Single() as System.Net.DnsEndPoint;
        var service = k8s.Find("Service", redis?.Host.Split('.')[0]);
        if (service is null) { problems.Add($"{app.Name}: Redis host {redis?.Host} is not a Service in deploy/k8s"); return; }
        var port = redis!.Port == 0 ? 6379 : redis.Port;
        if (!service.Node.At("spec.ports").Items().Any(p => p?["port"].Text() == port.ToString()))
            problems.Add($"{app.Name}: Service {service.Name} has no port {port} for Redis");
        if (!k8s.OfKind("Deployment").Any(d => Selects(service, d) && d.Node.At("spec.template.spec.containers").Items().Any(c => c?["image"].Str()?.StartsWith("redis:") == true)))
            problems.Add($"{app.Name}: Service {service.Name} does not select the Redis pods");
    }

    private static void Silo(PodApp app, ClusterSettings settings, KubernetesManifests k8s, List<string> problems)
    {
        foreach (var (variable, field) in ProgramContract.PodFields.Where(p => app.FieldRefs.GetValueOrDefault(p.Key) != p.Value))
            problems.Add($"{app.Name}: Orleans' Kubernetes hosting needs {variable} from fieldRef {field}");
        var labels = app.Template.At("metadata.labels");
        if (labels?[KubernetesHostingOptions.ServiceIdLabel].Str() != settings.ServiceId || labels?[KubernetesHostingOptions.ClusterIdLabel].Str() != settings.ClusterId)
            problems.Add($"{app.Name}: pod labels {KubernetesHostingOptions.ServiceIdLabel}/{KubernetesHostingOptions.ClusterIdLabel} must equal {settings.ServiceId}/{settings.ClusterId}");
        // UseKubernetesHosting listens on Orleans' default ports; Orleans:SiloPort/GatewayPort are not applied in this mode.
        if (settings.SiloPort != EndpointOptions.DEFAULT_SILO_PORT || settings.GatewayPort != EndpointOptions.DEFAULT_GATEWAY_PORT)
            problems.Add($"{app.Name}: Orleans:SiloPort/GatewayPort are ignored in Kubernetes mode; leave them at {EndpointOptions.DEFAULT_SILO_PORT}/{EndpointOptions.DEFAULT_GATEWAY_PORT}");
        if (app.Replicas > 1 && ProgramContract.Configuration(app.Env).GetValue("Simulation:Enabled", true))
            problems.Add($"{app.Name}: {app.Replicas} replicas would each run the demo simulation; set Simulation__Enabled=false");
        problems.AddRange(SiloRbac(app, k8s));
    }

    /// <summary>What KubernetesClusterAgent calls: read and label its pod, list and watch pods, delete defunct ones.</summary>
    public static readonly IReadOnlySet<string> SiloPodVerbs = new HashSet<string> { "get", "list", "watch", "patch", "delete" };

    private static IEnumerable<string> SiloRbac(PodApp app, KubernetesManifests k8s)
    {
        var account = app.Template.At("spec.serviceAccountName").Str();
        if (k8s.Find("ServiceAccount", account) is null) { yield return $"{app.Name}: serviceAccountName {account ?? "(none)"} is not a ServiceAccount in deploy/k8s"; yield break; }
        var verbs = k8s.OfKind("RoleBinding")
            .Where(b => b.Node["subjects"].Items().Any(s => s?["kind"].Str() == "ServiceAccount" && s["name"].Str() == account && s["namespace"].Str() == k8s.Namespace))
            .Select(b => k8s.Find(b.Node.At("roleRef.kind").Str() ?? "", b.Node.At("roleRef.name").Str()))
            .SelectMany(role => role?.Node["rules"].Items() ?? [])
            .Where(rule => rule?["apiGroups"].Items().Any(g => g.Str() == "") == true && rule["resources"].Items().Any(r => r.Str() == "pods"))
            .SelectMany(rule => rule!["verbs"].Items().Select(v => v.Str() ?? "")).ToHashSet();
        if (!SiloPodVerbs.IsSubsetOf(verbs))
            yield return $"{app.Name}: ServiceAccount {account} (namespace {k8s.Namespace}) may {string.Join(",", verbs.Order())} pods; Orleans needs {string.Join(",", SiloPodVerbs)}";
    }

    public static bool Selects(K8sResource service, K8sResource deployment)
    {
        var selector = service.Node.At("spec.selector").Entries().ToList();
        var labels = deployment.Node.At("spec.template.metadata.labels");
        return selector.Count > 0 && selector.All(s => labels?[s.Key].Str() == s.Value.Str());
    }
}
