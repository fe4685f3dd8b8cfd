using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContactCenter.Deploy.Tests.Support;

/// <summary>
/// Reads YAML (every document) into JSON nodes the way Compose and Kubernetes see it: merge keys (&lt;&lt;)
/// applied, and plain scalars typed, so an unquoted true or 5081 is a bool or a number, not a string.
/// </summary>
public static partial class YamlJson
{
    public static List<JsonNode?> Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => Convert(d.RootNode)).ToList();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => Mapping(map),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonObject Mapping(YamlMappingNode map)
    {
        var result = new JsonObject();
        // Merged entries first; the mapping's own keys win whatever their position.
        foreach (var (key, value) in map.Children.Where(e => IsMergeKey(e.Key)))
            foreach (var source in value is YamlSequenceNode many ? many.Children : [value])
                foreach (var (k, v) in Mapping((YamlMappingNode)source))
                    if (!result.ContainsKey(k)) result[k] = v?.DeepClone();
        foreach (var (key, value) in map.Children.Where(e => !IsMergeKey(e.Key)))
            result[((YamlScalarNode)key).Value!] = Convert(value);
        return result;
    }

    private static bool IsMergeKey(YamlNode key) => key is YamlScalarNode { Value: "<<", Style: ScalarStyle.Plain };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty) return JsonValue.Create(text);
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        // YAML 1.1 booleans too: Kubernetes' parser still reads yes/no/on/off as booleans.
        if (BoolTrue().IsMatch(text)) return JsonValue.Create(true);
        if (BoolFalse().IsMatch(text)) return JsonValue.Create(false);
        if (Integer().IsMatch(text)) return JsonValue.Create(long.Parse(text.TrimStart('+')));
        if (Float().IsMatch(text)) return JsonValue.Create(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        return JsonValue.Create(text);
    }

    [GeneratedRegex("^(true|True|TRUE|yes|Yes|YES|on|On|ON)$")] private static partial Regex BoolTrue();
    [GeneratedRegex("^(false|False|FALSE|no|No|NO|off|Off|OFF)$")] private static partial Regex BoolFalse();
    [GeneratedRegex("^[-+]?[0-9]+$")] private static partial Regex Integer();
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")] private static partial Regex Float();
}

/// <summary>Short accessors for JSON read from YAML.</summary>
public static class JsonNav
{
    public static string? Str(this JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>The scalar as text whatever its type (a port may be written 5081 or "5081").</summary>
    public static string? Text(this JsonNode? node) => node is JsonValue v ? v.ToString() : null;

    public static bool IsString(this JsonNode? node) => node.Str() is not null;

    public static IEnumerable<JsonNode?> Items(this JsonNode? node) => node as JsonArray ?? [];

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Entries(this JsonNode? node) =>
        node as JsonObject ?? [];

    /// <summary>Follows a dotted path of object keys; null when any step is missing.</summary>
    public static JsonNode? At(this JsonNode? node, string path) =>
        path.Split('.').Aggregate(node, (n, key) => n is JsonObject o ? o[key] : null);
}
