namespace ContactCenter.Deploy.Tests.Checks;

public sealed record K8sResource(string File, string Kind, string Name, JsonNode Node);

/// <summary>
/// The manifests of deploy/k8s as kustomize would apply them: every file parses, the kustomization lists
/// exactly the files there are, and values Kubernetes wants as strings are strings.
/// </summary>
public sealed class KubernetesManifests
{
    public const string Kustomization = "kustomization.yaml";

    public List<K8sResource> Resources { get; } = [];
    public string? Namespace { get; private set; }

    public static KubernetesManifests Load(IReadOnlyDictionary<string, string> files, List<string> problems)
    {
        var manifests = new KubernetesManifests();
        var listed = new List<string>();
        foreach (var (file, text) in files.OrderBy(f => f.Key))
        {
            List<JsonNode?> docs;
            try { docs = YamlJson.Parse(text); }
            catch (YamlDotNet.Core.YamlException ex) { problems.Add($"{file} does not parse: {ex.Message}"); continue; }
            if (file == Kustomization)
            {
                manifests.Namespace = docs.Single()?["namespace"].Str();
                listed.AddRange(docs.Single()?["resources"].Items().Select(r => r.Str() ?? "") ?? []);
                continue;
            }
            foreach (var doc in docs.Where(d => d is not null))
            {
                var (kind, name) = (doc!["kind"].Str(), doc.At("metadata.name").Str());
                if (doc["apiVersion"].Str() is null || kind is null || name is null)
                    problems.Add($"{file}: a document lacks apiVersion, kind or metadata.name");
                else manifests.Resources.Add(new K8sResource(file, kind, name, doc));
                problems.AddRange(NonStringValues(doc).Select(p => $"{file} {kind}/{name}: {p} must be a quoted string"));
            }
        }
        var others = files.Keys.Where(f => f != Kustomization).ToHashSet();
        if (!files.ContainsKey(Kustomization)) problems.Add($"no {Kustomization}");
        foreach (var missing in listed.Where(l => !files.ContainsKey(l))) problems.Add($"{Kustomization} lists {missing}, which does not exist");
        foreach (var unlisted in others.Except(listed)) problems.Add($"{Kustomization} does not list {unlisted}");
        if (manifests.Namespace is null) problems.Add($"{Kustomization} sets no namespace");
        else if (!manifests.Resources.Any(r => r.Kind == "Namespace" && r.Name == manifests.Namespace))
            problems.Add($"no Namespace resource named {manifests.Namespace}");
        return manifests;
    }

    public IEnumerable<K8sResource> OfKind(string kind) => Resources.Where(r => r.Kind == kind);

    public K8sResource? Find(string kind, string? name) => Resources.FirstOrDefault(r => r.Kind == kind && r.Name == name);

    /// <summary>A Secret's values by key (stringData, or base64 data).</summary>
    public IReadOnlyDictionary<string, string>? Secret(string? name) => Find("Secret", name) is { } secret
        ? secret.Node["stringData"].Entries().Select(e => KeyValuePair.Create(e.Key, e.Value.Text() ?? ""))
            .Concat(secret.Node["data"].Entries().Select(e => KeyValuePair.Create(e.Key,
                System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(e.Value.Text() ?? "")))))
            .ToDictionary()
        : null;

    /// <summary>Labels, annotations, env values and Secret data: Kubernetes rejects a bare true or 5081 there.</summary>
    private static IEnumerable<string> NonStringValues(JsonNode node)
    {
        foreach (var metadata in Metadatas(node))
            foreach (var field in new[] { "labels", "annotations" })
                foreach (var (key, value) in metadata[field].Entries().Where(e => !e.Value.IsString()))
                    yield return $"{field}.{key}";
        foreach (var field in new[] { "stringData", "data" })
            foreach (var (key, value) in node[field].Entries().Where(e => !e.Value.IsString()))
                yield return $"{field}.{key}";
        foreach (var container in node.At("spec.template.spec.containers").Items())
            foreach (var env in container?["env"].Items() ?? [])
                if (env?["value"] is { } value && !value.IsString()) yield return $"env {env["name"].Str()}";
    }

    private static IEnumerable<JsonNode> Metadatas(JsonNode node) =>
        new[] { node["metadata"], node.At("spec.template.metadata") }.OfType<JsonNode>();
}
