namespace ContactCenter.Load.Scenarios;

/// <summary>A scenario file that cannot be run. Field is the JSON path of the culprit, e.g. "queues[0].serviceLevel.percent".</summary>
internal sealed class ScenarioException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;
}
