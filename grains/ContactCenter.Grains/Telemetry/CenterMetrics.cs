using System.Diagnostics.Metrics;

namespace ContactCenter.Grains.Telemetry;

/// <summary>
/// The center's own meter, next to Orleans' and .NET's: what arrived, what was answered, what was
/// given up on, and how long callers waited for an agent. Tags stay low-cardinality (channel, queue).
/// </summary>
public sealed class CenterMetrics
{
    public const string MeterName = "ContactCenter";

    private readonly Counter<long> _created;
    private readonly Counter<long> _answered;
    private readonly Counter<long> _abandoned;
    private readonly Histogram<double> _routingWait;

    public CenterMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _created = meter.CreateCounter<long>("contact_center.interactions.created", "{interaction}",
            "Interactions that entered a queue.");
        _answered = meter.CreateCounter<long>("contact_center.interactions.answered", "{interaction}",
            "Interactions an agent connected to.");
        _abandoned = meter.CreateCounter<long>("contact_center.interactions.abandoned", "{interaction}",
            "Interactions whose caller hung up before an agent answered.");
        _routingWait = meter.CreateHistogram<double>("contact_center.routing.wait", "s",
            "Time from entering a queue to being answered or abandoned.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 10, 20, 30, 60, 120, 300, 600, 1800] });
    }

    public void Created(Channel channel, string queueId) =>
        _created.Add(1, Tag("channel", channel.ToString()), Tag("queue", queueId));

    /// <summary>Counts the answer and records how long the caller waited for it.</summary>
    public void Answered(Channel channel, string queueId, TimeSpan waited)
    {
        _answered.Add(1, Tag("channel", channel.ToString()), Tag("queue", queueId));
        _routingWait.Record(Seconds(waited), Tag("channel", channel.ToString()), Tag("queue", queueId), Tag("outcome", "answered"));
    }

    /// <summary>Counts the abandonment and records how long the caller waited before giving up.</summary>
    public void Abandoned(Channel channel, string queueId, TimeSpan waited)
    {
        _abandoned.Add(1, Tag("channel", channel.ToString()), Tag("queue", queueId));
        _routingWait.Record(Seconds(waited), Tag("channel", channel.ToString()), Tag("queue", queueId), Tag("outcome", "abandoned"));
    }

    private static KeyValuePair<string, object?> Tag(string key, string value) => new(key, value);

    private static double Seconds(TimeSpan waited) => Math.Max(0, waited.TotalSeconds);
}
