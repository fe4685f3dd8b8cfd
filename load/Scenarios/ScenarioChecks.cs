namespace ContactCenter.Load.Scenarios;

/// <summary>Field-by-field checks for each part of a scenario file.</summary>
internal static class ScenarioChecks
{
    public static QueueSpec Queue(QueueFile q, string at)
    {
        var id = Text(q.Id, $"{at}.id");
        var sl = q.ServiceLevel ?? new ServiceLevelFile { Percent = 80, ThresholdSeconds = 20 };
        var percent = sl.Percent ?? 80;
        Check(percent is > 0 and <= 100, $"{at}.serviceLevel.percent", "must be in (0, 100].");
        var threshold = sl.ThresholdSeconds ?? 20;
        Check(threshold > 0, $"{at}.serviceLevel.thresholdSeconds", "must be positive.");
        var min = q.MinProficiency ?? 1;
        Check(min is >= 1 and <= 10, $"{at}.minProficiency", "must be between 1 and 10.");
        var share = q.Share ?? 1;
        Check(share > 0 && double.IsFinite(share), $"{at}.share", "must be positive.");
        var policy = (q.Policy ?? "value").ToLowerInvariant();
        Check(policy is "value" or "fifo", $"{at}.policy", $"must be 'value' or 'fifo', not '{q.Policy}'.");
        return new QueueSpec(id, Text(q.Skill ?? id, $"{at}.skill"), min, share, percent, threshold, policy == "fifo");
    }

    public static AgentGroupSpec AgentGroup(AgentGroupFile a, int index)
    {
        var at = $"agents[{index}]";
        var count = a.Count ?? throw new ScenarioException($"{at}.count", "count is required.");
        Check(count is >= 1 and <= 5000, $"{at}.count", "must be between 1 and 5000.");
        Check(a.Skills is { Count: > 0 }, $"{at}.skills", "give at least one skill with its proficiency, e.g. { \"sales\": 7 }.");
        foreach (var (skill, level) in a.Skills!)
            Check(level is >= 1 and <= 10, $"{at}.skills.{skill}", "proficiency must be between 1 and 10.");
        var handle = Duration(a.HandleTime ?? throw new ScenarioException($"{at}.handleTime", "handleTime is required."), $"{at}.handleTime", allowNone: false);
        return new AgentGroupSpec(Text(a.Name ?? $"group{index + 1}", $"{at}.name"), count, a.Skills!, handle);
    }

    public static TierSpec Tier(TierFile t, string at)
    {
        var share = t.Share ?? throw new ScenarioException($"{at}.share", "share is required.");
        Check(share > 0 && double.IsFinite(share), $"{at}.share", "must be positive.");
        var value = t.LifetimeValue ?? 0;
        Check(value >= 0 && double.IsFinite(value), $"{at}.lifetimeValue", "cannot be negative.");
        return new TierSpec(Text(t.Tier, $"{at}.tier"), share, value);
    }

    public static DurationSpec Duration(DurationFile d, string at, bool allowNone)
    {
        var name = (d.Distribution ?? "").ToLowerInvariant();
        var kind = name switch
        {
            "none" when allowNone => DistributionKind.None,
            "fixed" => DistributionKind.Fixed,
            "exponential" => DistributionKind.Exponential,
            "lognormal" => DistributionKind.LogNormal,
            _ => throw new ScenarioException($"{at}.distribution",
                $"must be one of {(allowNone ? "none, " : "")}fixed, exponential, lognormal; got '{d.Distribution}'."),
        };
        if (kind == DistributionKind.None) return DurationSpec.Never;
        var mean = d.MeanSeconds ?? throw new ScenarioException($"{at}.meanSeconds", "meanSeconds is required.");
        Check(mean > 0 && mean <= 86_400, $"{at}.meanSeconds", "must be between 0 and 86400 seconds.");
        var sigma = d.Sigma ?? 0.6;
        Check(sigma is > 0 and <= 3, $"{at}.sigma", "must be in (0, 3].");
        return new DurationSpec(kind, mean, sigma);
    }

    public static PhaseSpec Phase(PhaseFile p, string at)
    {
        var kind = (p.Kind ?? "").ToLowerInvariant() switch
        {
            "steady" => PhaseKind.Steady,
            "ramp" => PhaseKind.Ramp,
            "burst" or "spike" => PhaseKind.Burst,
            "daily" => PhaseKind.Daily,
            _ => throw new ScenarioException($"{at}.kind", $"must be steady, ramp, burst or daily; got '{p.Kind}'."),
        };
        var duration = p.DurationSeconds ?? (kind == PhaseKind.Daily ? 86_400 : throw new ScenarioException($"{at}.durationSeconds", "durationSeconds is required."));
        Check(duration > 0 && duration <= 31 * 86_400, $"{at}.durationSeconds", "must be between 0 and 31 days.");
        var rate = p.PerMinute ?? throw new ScenarioException($"{at}.perMinute", "perMinute is required.");
        Check(rate >= 0 && rate <= 600_000, $"{at}.perMinute", "must be between 0 and 600000.");
        var to = p.ToPerMinute ?? (kind == PhaseKind.Ramp ? throw new ScenarioException($"{at}.toPerMinute", "a ramp needs toPerMinute.") : 0);
        Check(to >= 0 && to <= 600_000, $"{at}.toPerMinute", "must be between 0 and 600000.");
        var multiplier = p.Multiplier ?? (kind == PhaseKind.Burst ? 10 : 1);
        Check(multiplier is > 0 and <= 1000, $"{at}.multiplier", "must be in (0, 1000].");
        if (kind == PhaseKind.Daily)
        {
            Check(p.Hourly is { Count: 24 }, $"{at}.hourly", "a daily curve needs 24 hourly factors (0 to 1, times perMinute).");
            Check(p.Hourly!.All(h => h >= 0 && h <= 10), $"{at}.hourly", "factors must be between 0 and 10.");
        }
        return new PhaseSpec(kind, duration, rate, to, multiplier, p.Hourly?.ToArray());
    }

    public static LimitsSpec Limits(LimitsFile? l)
    {
        var d = LimitsSpec.Default;
        if (l is null) return d;
        var max = l.MaxArrivals ?? d.MaxArrivals;
        Check(max is >= 1 and <= LimitsSpec.ArrivalCap, "limits.maxArrivals", $"must be between 1 and {LimitsSpec.ArrivalCap}.");
        var wall = l.MaxWallSeconds ?? d.MaxWallSeconds;
        Check(wall is >= 1 and <= 86_400, "limits.maxWallSeconds", "must be between 1 and 86400.");
        var drain = l.DrainSeconds ?? d.DrainSeconds;
        Check(drain is >= 0 and <= 7 * 86_400, "limits.drainSeconds", "must be between 0 and 604800.");
        return new LimitsSpec(max, wall, drain);
    }

    public static void Unique(IEnumerable<string> values, string list, string field)
    {
        var duplicate = values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ScenarioException(list, $"two entries have {field} '{duplicate.Key}'; each {field} must be unique.");
    }

    private static string Text(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ScenarioException(field, $"{field.Split('.')[^1]} is required.")
        : value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? value
        : throw new ScenarioException(field, $"'{value}' may only use letters, digits, '-' and '_'.");

    private static void Check(bool ok, string field, string message)
    {
        if (!ok) throw new ScenarioException(field, message);
    }
}
