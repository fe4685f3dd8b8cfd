namespace ContactCenter.Load.Scenarios;

// The JSON shape of a scenario file, before validation. Everything is optional here so that
// ScenarioParser, not the deserializer, decides what is missing and names the field.
#pragma warning disable CA1812 // instantiated by System.Text.Json

internal sealed class ScenarioFile
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int? Seed { get; set; }
    public List<QueueFile>? Queues { get; set; }
    public List<AgentGroupFile>? Agents { get; set; }
    public List<TierFile>? Customers { get; set; }
    public DurationFile? Patience { get; set; }
    public List<PhaseFile>? Arrivals { get; set; }
    public LimitsFile? Limits { get; set; }
}

internal sealed class QueueFile
{
    public string? Id { get; set; }
    public string? Skill { get; set; }
    public int? MinProficiency { get; set; }
    public double? Share { get; set; }
    public ServiceLevelFile? ServiceLevel { get; set; }
    public string? Policy { get; set; }
}

internal sealed class ServiceLevelFile
{
    public double? Percent { get; set; }
    public int? ThresholdSeconds { get; set; }
}

internal sealed class AgentGroupFile
{
    public string? Name { get; set; }
    public int? Count { get; set; }
    public Dictionary<string, int>? Skills { get; set; }
    public DurationFile? HandleTime { get; set; }
}

internal sealed class TierFile
{
    public string? Tier { get; set; }
    public double? Share { get; set; }
    public double? LifetimeValue { get; set; }
}

internal sealed class DurationFile
{
    public string? Distribution { get; set; }
    public double? MeanSeconds { get; set; }
    public double? Sigma { get; set; }
}

internal sealed class PhaseFile
{
    public string? Kind { get; set; }
    public double? DurationSeconds { get; set; }
    public double? PerMinute { get; set; }
    public double? ToPerMinute { get; set; }
    public double? Multiplier { get; set; }
    public List<double>? Hourly { get; set; }
}

internal sealed class LimitsFile
{
    public int? MaxArrivals { get; set; }
    public double? MaxWallSeconds { get; set; }
    public double? DrainSeconds { get; set; }
}
