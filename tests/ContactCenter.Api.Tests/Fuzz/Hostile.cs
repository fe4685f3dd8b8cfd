using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContactCenter.Api.Tests.Fuzz;

/// <summary>The hostile material: ids, JSON values, whole bodies and content types that once broke something somewhere.</summary>
public static partial class Hostile
{
    /// <summary>A JSON value that must appear in the body as raw text (1e309 cannot be built as a JsonNode).</summary>
    public static JsonNode Raw(string json)
    {
        var key = Interlocked.Increment(ref _rawCount);
        RawTexts[key] = json;
        return JsonValue.Create($"@@RAW@@{key}@@")!;
    }

    public static string Serialize(JsonNode? node) =>
        RawMarker().Replace(node?.ToJsonString() ?? "null", m => RawTexts.TryRemove(int.Parse(m.Groups[1].Value), out var raw) ? raw : "0");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> RawTexts = new();
    private static int _rawCount;

    [GeneratedRegex("\"@@RAW@@([0-9]+)@@\"")]
    private static partial Regex RawMarker();

    /// <summary>Ids that break the id grammar. NUL is left to bodies: the in-memory test server refuses it in a path before sending.</summary>
    public static readonly string[] Ids =
    [
        " ", "\t", "\u00a0", "\r\n", "a b", "\u0001x", "sec-repro-é", "日本", "😀", "..", "a\\..\\b", "../x", "a;b", "a~b", "a/b", "a?b",
        "a#b", "a%b", "<script>alert(1)</script>", "-x", ".x", "x..y", new string('a', 129), "'; DROP TABLE q;--", "\u200b", "a\u202eb",
    ];

    public static readonly string HugeId = new('a', 200_000);

    public static string Id(Random random, bool inPath)
    {
        if (random.Next(200) == 0) return HugeId;
        if (!inPath && random.Next(10) == 0) return "a\0b";
        if (!inPath && random.Next(10) == 0) return "";
        return Ids[random.Next(Ids.Length)];
    }

    /// <summary>Path text for a route value: usually the id escaped, sometimes raw characters the router sees as they are.</summary>
    public static string PathSegment(Random random, string id) => random.Next(6) switch
    {
        0 => id.Replace("/", "%2F").Replace("?", "%3F").Replace("#", "%23").Replace("%", "%25"),
        1 => "%2e%2e",
        _ => Uri.EscapeDataString(id),
    };

    public static JsonNode? Value(Random random) => random.Next(30) switch
    {
        0 => null,
        1 => JsonValue.Create("NaN"),
        2 => JsonValue.Create("Infinity"),
        3 => JsonValue.Create("-Infinity"),
        4 => Raw("1e309"),
        5 => Raw("-1e309"),
        6 => Raw("1.7976931348623157e308"),
        7 => Raw("99999999999999999999999999"),
        8 => JsonValue.Create(-1),
        9 => JsonValue.Create(int.MaxValue),
        10 => JsonValue.Create(int.MinValue),
        11 => Raw("2147483648"),
        12 => Raw("4.9e-324"),
        13 => JsonValue.Create(new string('x', random.Next(2) == 0 ? 10_000 : 1 << 20)),
        14 => JsonValue.Create("a\0b"),
        15 => JsonValue.Create("<script>alert(1)</script>"),
        16 => JsonValue.Create(""),
        17 => JsonValue.Create(" \t "),
        18 => new JsonArray(),
        19 => new JsonObject(),
        20 => new JsonArray((JsonNode?)null),
        21 => JsonValue.Create(Id(random, inPath: false)),
        22 => JsonValue.Create(true),
        23 => Raw("\"\\ud800\""),
        24 => JsonValue.Create("Ünïcødé 日本 😀"),
        25 => Deep(random.Next(2) == 0 ? 10 : 200),
        26 => JsonValue.Create(1.5),
        27 => JsonValue.Create("Voice"),
        28 => JsonValue.Create("\u0085\u2028"),
        _ => JsonValue.Create(0),
    };

    private static JsonNode Deep(int depth) => Raw(string.Concat(Enumerable.Repeat("{\"x\":", depth)) + "{}" + new string('}', depth));

    /// <summary>Whole bodies that are not what any endpoint expects.</summary>
    public static byte[] Body(Random random) => random.Next(16) switch
    {
        0 => [],
        1 => Utf8("null"),
        2 => Utf8("{"),
        3 => Utf8("[]"),
        4 => Utf8("\"x\""),
        5 => Utf8("not json"),
        6 => Utf8(new string('[', 1_000) + new string(']', 1_000)),
        7 => [0xC3, 0x28, 0xFF, 0xFE],
        8 => [0xEF, 0xBB, 0xBF, .. Utf8("{}")],
        9 => Utf8("{\"a\":1,}"),
        10 => Utf8("{/*c*/}"),
        11 => Utf8("{\"channel\":\"Voice\",\"channel\":\"Chat\"}"),
        12 => Utf8("\"" + new string('y', 1 << 20) + "\""),
        13 => Utf8("{\"x\":\"\\u0000\"}"),
        14 => Utf8("[" + string.Join(',', Enumerable.Repeat("{\"skill\":\"billing\",\"proficiency\":5}", 20_000)) + "]"),
        _ => Utf8("{}"),
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string? ContentType(Random random) => random.Next(20) switch
    {
        0 => "application/json; charset=bogus",
        1 => "application/json; charset=utf-16",
        2 => "application/json; charset=\"",
        3 => "text/plain",
        4 => null,
        5 => "application/x-www-form-urlencoded",
        6 => "application/json; charset=utf-8",
        7 => "application/json; charset=latin1",
        _ => "application/json",
    };
}
