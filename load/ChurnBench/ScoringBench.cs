using ContactCenter.Churn;
using ContactCenter.Contracts;
using ContactCenter.Load.Engine;

namespace ContactCenter.Load.ChurnBench;

/// <summary>
/// Scoring speed two ways: the model alone (ChurnModel.Score on one row at a time, with and without the top-3
/// explanation), and inside the customer grain through an embedded cluster on loopback with the model promoted,
/// from one caller and from many at once. Rescore checks the promoted version with the model grain (one check shared
/// by the callers waiting at that moment), then computes the features, scores with the top 3 contributions, saves and
/// updates the at-risk index; AppendContact is the hot path, a finished call scored with the silo's cached model.
/// A trivial grain call is timed beside them as the floor.
/// </summary>
internal static class ScoringBench
{
    private const int DistinctRows = 1000;

    public static IReadOnlyList<ScoringMeasurement> Raw(ChurnModel model, ChurnBenchOptions options)
    {
        var table = SyntheticChurnData.Generate(DistinctRows, options.Seed + 1);
        var rows = table.Rows.Select(r => (IReadOnlyDictionary<string, string?>)table.Columns.Select((c, i) => (c, r[i]))
            .Where(x => x.c is not ChurnFeatureNames.CustomerId and not ChurnFeatureNames.Label).ToDictionary(x => x.c, x => x.Item2)).ToArray();
        var limit = TimeSpan.FromSeconds(options.MaxSeconds);
        // Warm the pooled engines and the JIT before timing.
        foreach (var row in rows.Take(200)) model.Score(row, 3);
        return
        [
            CallTimer.Run("model.Score, explain 3", options.Scores, limit, k => model.Score(rows[k % rows.Length], 3)),
            CallTimer.Run("model.Score, explain 0", options.Scores, limit, k => model.Score(rows[k % rows.Length], 0)),
        ];
    }

    public static async Task<IReadOnlyList<ScoringMeasurement>> InGrainAsync(ChurnModel model, ChurnBenchOptions options, Action<string> say, CancellationToken ct)
    {
        await using var cluster = await LoadCluster.StartEmbeddedAsync(TimeProvider.System, ct);
        var grains = cluster.Grains;
        await grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey).Promote(model.ToBytes(), model.Info);
        var customers = BenchCustomers.Generate(options.Customers, options.Seed + 2, TimeProvider.System.GetUtcNow());
        say($"Seeding {customers.Count:N0} customer grains with their histories...");
        foreach (var chunk in customers.Chunk(256))
            await Task.WhenAll(chunk.Select(c => grains.GetGrain<ICustomerGrain>(c.Profile.CustomerId).Seed(c.Profile, c.History, null)));
        var ids = customers.Select(c => grains.GetGrain<ICustomerGrain>(c.Profile.CustomerId)).ToArray();
        // Every grain active and its model loaded before timing.
        foreach (var chunk in ids.Chunk(256)) await Task.WhenAll(chunk.Select(g => g.Rescore()));
        var limit = TimeSpan.FromSeconds(options.MaxSeconds);
        var ping = grains.GetGrain<IPingGrain>(0);
        say($"Scoring in the grain, 1 caller then {options.Concurrency} callers...");
        var results = new List<ScoringMeasurement>
        {
            await CallTimer.RunAsync("IPingGrain.Ping (grain-call floor)", 1, options.Scores, limit, async _ => await ping.Ping(1), ct),
        };
        foreach (var callers in new[] { 1, options.Concurrency })
            results.Add(await CallTimer.RunAsync($"ICustomerGrain.Rescore, {Callers(callers)}", callers, options.Scores, limit, k => ids[k % ids.Length].Rescore(), ct));
        foreach (var callers in new[] { 1, options.Concurrency })
            results.Add(await CallTimer.RunAsync($"ICustomerGrain.AppendContact, {Callers(callers)}", callers, options.Scores, limit,
                k => ids[k % ids.Length].AppendContact(Contact(callers, k)), ct));
        return results;
    }

    private static string Callers(int n) => n == 1 ? "1 caller" : $"{n} callers";

    /// <summary>A finished call, as the interaction grain appends it; the grain scores the customer on it.</summary>
    private static ContactRecord Contact(int callers, int k) => new($"bench-{callers}-{k}", Channel.Voice, "billing", TimeProvider.System.GetUtcNow(),
        InteractionStatus.Completed, "agent-001", k % 90, "resolved", null);
}
