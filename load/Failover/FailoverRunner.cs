using ContactCenter.Load.Engine;
using ContactCenter.Load.Results;
using Spectre.Console;

namespace ContactCenter.Load.Failover;

/// <summary>`failover`: checks everything first, then runs, audits and reports. Exit 0: nothing lost; 3: lost or never created; 2: refused.</summary>
internal static class FailoverRunner
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Beyond arrivals and drain: setup, the audit and sign-out must fit in this, or the run is cancelled.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(FailoverSettings settings, CancellationToken ct)
    {
        if (Refusals(settings) is { Count: > 0 } refusals)
        {
            foreach (var refusal in refusals) AnsiConsole.MarkupLine($"[red]{Markup.Escape(refusal)}[/]");
            return 2;
        }
        if (!OutputFile.CheckWritable(settings.Output)) return 1;
        var plan = ScenarioPlanner.Plan(settings.ToScenario(), $"failover-{Guid.NewGuid().ToString("N")[..6]}");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(TimeSpan.FromSeconds(settings.DurationSeconds + settings.DrainSeconds) + Slack);
        LoadCluster cluster;
        try { cluster = await LoadCluster.ConnectRedisAsync(settings.Redis, settings.ClusterId, settings.ServiceId, ConnectTimeout, bounded.Token); }
        catch (InvalidOperationException ex)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            return 2;
        }
        await using (cluster)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"{plan.Calls.Count:N0} arrivals over {settings.DurationSeconds:0} s, {settings.Agents} agents; ids {plan.Prefix}-*; " +
                (settings.KillPidFile is { } f ? $"kill {f.Name} at {settings.KillAfterSeconds:0} s" : "no kill (baseline)")));
            using var edge = settings.Dashboards.Count > 0 ? await EdgeCreator.SignInAsync(settings.Dashboards, settings.User, settings.Password, bounded.Token) : null;
            var driver = new FailoverDriver(cluster.Grains, plan, settings, TimeProvider.System, edge);
            IReadOnlyDictionary<string, long>? redisBefore = null;
            var outcome = await driver.RunAsync(bounded.Token, async () => redisBefore = await RedisCommandStats.ReadAsync(settings.Redis));
            var redisAfter = await RedisCommandStats.ReadAsync(settings.Redis);
            AnsiConsole.MarkupLine(Markup.Escape($"Auditing {driver.Ledger.Calls.Count(c => c.CreateStartedAt is not null):N0} interactions..."));
            var verdicts = await InteractionAudit.RunAsync(cluster.Grains, driver.Ledger.Calls, TimeProvider.System, bounded.Token);
            await driver.StopAsync();
            var result = FailoverSummariser.Summarise(settings, driver.Ledger, outcome, verdicts, driver.Errors.Snapshot(), TimeProvider.System.GetUtcNow()) with
            {
                Redis = redisBefore is null || redisAfter is null ? null
                    : RedisCommandStats.Cost(redisBefore, redisAfter, driver.Ledger.Calls.Count(c => c.CompletedAt is not null)),
                CreatesThrough = edge?.Describe ?? "the grains (Orleans client)",
            };
            var files = await FailoverReport.WriteAsync(result, settings.Output, ct);
            FailoverReport.Print(result, files);
            return result.Audit.Lost + result.Audit.NotCreated == 0 ? 0 : 3;
        }
    }

    /// <summary>Every reason not to start: bad settings, a non-loopback Redis, a pid file that is not a live silo. Empty: go.</summary>
    public static IReadOnlyList<string> Refusals(FailoverSettings settings)
    {
        var refusals = settings.Validate().ToList();
        try { LoadCluster.RedisSettings(settings.Redis, settings.ClusterId, settings.ServiceId); }
        catch (ArgumentException ex) { refusals.Add(ex.Message); }
        if (settings.KillPidFile is { } pidFile && SiloKiller.Check(pidFile).Error is { } error) refusals.Add(error);
        return refusals;
    }
}
