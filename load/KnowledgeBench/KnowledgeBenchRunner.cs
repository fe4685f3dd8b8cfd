using System.Diagnostics;
using ContactCenter.Contracts;
using ContactCenter.Load.Engine;

namespace ContactCenter.Load.KnowledgeBench;

/// <summary>
/// Search latency over a large knowledge base: an embedded silo, N published articles of generated text (seeded),
/// then timed searches through the client (free text, text + product, product only), printed as p50/p90/p99.
/// </summary>
internal static class KnowledgeBenchRunner
{
    private static readonly string[] Words =
    [
        "router", "wifi", "billing", "refund", "invoice", "password", "reset", "outage", "fiber", "mobile", "data", "roaming", "upgrade",
        "cancel", "contract", "modem", "signal", "tv", "remote", "email", "setup", "payment", "autopay", "late", "fee", "credit", "speed",
        "slow", "technician", "visit", "bundle", "discount", "moving", "address", "security", "verification", "sim", "esim", "apn", "port",
    ];
    private static readonly string[] Products = ["Fiber 500", "Fiber 1000", "Mobile Unlimited", "Mobile Basic", "TV Plus", "Router X2"];

    public static async Task<int> RunAsync(int articles, int searches, int seed, CancellationToken ct)
    {
        await using var cluster = await LoadCluster.StartEmbeddedAsync(TimeProvider.System, ct);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        foreach (var batch in Enumerable.Range(0, articles).Chunk(500))
        {
            var drafts = batch.Select(i => (Id: $"bench-{i}", Draft: Draft(random, i))).ToList();
            await Task.WhenAll(drafts.Select(d => Publish(cluster.Grains.GetGrain<IKnowledgeArticleGrain>(d.Id), d.Draft)));
        }
        var index = cluster.Grains.GetGrain<IKnowledgeIndexGrain>("center");
        while ((await index.List(new ArticleListQuery(ArticleStatus.Published, "bench-", Take: 1))).Total < articles) await Task.Delay(50, ct);
        Console.WriteLine($"Published {articles:N0} articles in {clock.Elapsed.TotalSeconds:0.0} s (create, approve, publish; index updated one-way).");

        foreach (var (name, make) in Kinds())
        {
            for (var i = 0; i < Math.Min(200, searches); i++) await index.Search(make(random)); // warm-up, not timed
            var times = new double[searches];
            for (var i = 0; i < searches; i++)
            {
                var query = make(random);
                var started = Stopwatch.GetTimestamp();
                await index.Search(query);
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
            Array.Sort(times);
            Console.WriteLine($"{name,-28} n={searches,6}  p50 {At(times, 0.50),7:0.000} ms  p90 {At(times, 0.90),7:0.000} ms  p99 {At(times, 0.99),7:0.000} ms  max {times[^1],7:0.000} ms");
        }
        return 0;
    }

    private static IEnumerable<(string, Func<Random, KnowledgeQuery>)> Kinds() =>
    [
        ("two words", r => new KnowledgeQuery($"{Pick(r, Words)} {Pick(r, Words)}", Take: 5)),
        ("sentence of six words", r => new KnowledgeQuery(string.Join(' ', Enumerable.Range(0, 6).Select(_ => Pick(r, Words))), Take: 5)),
        ("word + product", r => new KnowledgeQuery(Pick(r, Words), Pick(r, Products), Take: 5)),
        ("product only (browse)", r => new KnowledgeQuery(null, Pick(r, Products), Take: 5)),
        ("miss (unknown word)", r => new KnowledgeQuery($"zz{r.Next(1_000_000)}", Take: 5)),
    ];

    private static ArticleDraft Draft(Random r, int i)
    {
        var title = $"{Pick(r, Words)} {Pick(r, Words)} {Pick(r, Words)} guide {i}";
        var body = string.Join(' ', Enumerable.Range(0, 120).Select(_ => Pick(r, Words)));
        return new ArticleDraft(title, body, [Pick(r, Products)], [Pick(r, Words), Pick(r, Words) + "-tag"],
            r.Next(3) == 0 ? ArticleVisibility.Public : ArticleVisibility.Internal);
    }

    private static async Task Publish(IKnowledgeArticleGrain article, ArticleDraft draft)
    {
        await article.Create(draft);
        await article.Approve();
        await article.Publish();
    }

    private static string Pick(Random r, string[] from) => from[r.Next(from.Length)];

    private static double At(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
