using System.Globalization;

namespace ContactCenter.Load.Replay;

/// <summary>
/// Typed access to one row's fields that remembers the first problem instead of throwing, so a
/// damaged row becomes a counted reason and the parse carries on with the next row.
/// </summary>
internal sealed class TraceFieldReader(string[] fields, TraceHeader header)
{
    /// <summary>The first problem met, or null while the row is still fine.</summary>
    public string? Problem { get; private set; }

    public string Text(string column)
    {
        var value = Raw(column);
        return value.Length == 0 ? Fail(TraceReasons.Empty(column), string.Empty) : value;
    }

    /// <summary>A non-negative whole number such as an id.</summary>
    public long Id(string column)
    {
        if (!long.TryParse(Raw(column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return Fail(TraceReasons.NotANumber(column), 0L);
        }

        return value < 0 ? Fail(TraceReasons.NegativeNumber(column), 0L) : value;
    }

    /// <summary>A non-negative length of time in seconds.</summary>
    public double Seconds(string column)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!double.TryParse(Raw(column), Styles, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return Fail(TraceReasons.NotANumber(column), 0d);
        }

        return value < 0 ? Fail(TraceReasons.NegativeDuration(column), 0d) : value;
    }

    public int Priority()
    {
        if (!int.TryParse(Raw(TraceColumns.Priority), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return Fail(TraceReasons.NotANumber(TraceColumns.Priority), 0);
        }

        return value is >= 0 and <= 2 ? value : Fail(TraceReasons.BadPriority, 0);
    }

    public DateTimeOffset Date() =>
        TraceClock.TryParseDate(Raw(TraceColumns.Date), out var date) ? date : Fail(TraceReasons.BadDate, default(DateTimeOffset));

    public TimeSpan Clock(string column) =>
        TraceClock.TryParseTime(Raw(column), out var time) ? time : Fail(TraceReasons.BadTime(column), TimeSpan.Zero);

    /// <summary>A clock time where 0:00:00 is the trace's marker for "this step never happened".</summary>
    public TimeSpan? OptionalClock(string column) =>
        Raw(column) == TraceColumns.AbsentClock ? null : Clock(column);

    public TraceOutcomeCode Outcome() => Raw(TraceColumns.Outcome) switch
    {
        "AGENT" => TraceOutcomeCode.Agent,
        "HANG" => TraceOutcomeCode.Hang,
        "PHANTOM" => TraceOutcomeCode.Phantom,
        _ => Fail(TraceReasons.UnknownOutcome, TraceOutcomeCode.Phantom),
    };

    private string Raw(string column) => fields[header.IndexOf(column)].Trim();

    private T Fail<T>(string reason, T placeholder)
    {
        Problem ??= reason;
        return placeholder;
    }
}
