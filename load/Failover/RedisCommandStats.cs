using StackExchange.Redis;

namespace ContactCenter.Load.Failover;

/// <summary>
/// What the run cost Redis from the first arrival to the end of the drain (setup excluded): every command the
/// server counted, from every process (membership, grain state, reminders, backplane), per completed call.
/// </summary>
internal sealed record RedisCost(long Calls, int Completed, double CallsPerCompleted, IReadOnlyList<RedisCommandCount> Top);

internal sealed record RedisCommandCount(string Command, long Calls);

/// <summary>Reads `INFO commandstats` before and after a run and turns the difference into a cost per completed call.</summary>
internal static class RedisCommandStats
{
    private const int TopCommands = 10;

    /// <summary>"cmdstat_hset:calls=12,usec=…" lines → command → calls.</summary>
    public static IReadOnlyDictionary<string, long> Parse(string info)
    {
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var raw in info.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith("cmdstat_", StringComparison.Ordinal) || line.IndexOf(':') is var colon && colon < 0) continue;
            var field = line[(colon + 1)..].Split(',').FirstOrDefault(f => f.StartsWith("calls=", StringComparison.Ordinal));
            if (field is not null && long.TryParse(field.AsSpan("calls=".Length), out var n)) calls[line["cmdstat_".Length..colon]] = n;
        }
        return calls;
    }

    public static RedisCost Cost(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after, int completed)
    {
        var delta = after.Select(a => new RedisCommandCount(a.Key, a.Value - before.GetValueOrDefault(a.Key)))
            .Where(c => c.Calls > 0).OrderByDescending(c => c.Calls).ThenBy(c => c.Command, StringComparer.Ordinal).ToList();
        var total = delta.Sum(c => c.Calls);
        return new RedisCost(total, completed, completed == 0 ? 0 : (double)total / completed, delta.Take(TopCommands).ToArray());
    }

    /// <summary>The server's counters now; null (and a note) when they cannot be read, so the run still reports the rest.</summary>
    public static async Task<IReadOnlyDictionary<string, long>?> ReadAsync(string redis)
    {
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync($"{redis},allowAdmin=true,abortConnect=false,connectTimeout=5000");
            var server = connection.GetServer(connection.GetEndPoints()[0]);
            return Parse((await server.ExecuteAsync("INFO", "commandstats")).ToString() ?? "");
        }
        catch (Exception ex)
        {
            Spectre.Console.AnsiConsole.MarkupLine($"[yellow]Could not read Redis INFO commandstats: {Spectre.Console.Markup.Escape(ex.Message)}[/]");
            return null;
        }
    }
}
