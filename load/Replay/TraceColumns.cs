namespace ContactCenter.Load.Replay;

/// <summary>
/// Column names and markers of the Anonymous Bank trace, named once so that the header check,
/// the row reader and the error messages cannot drift apart.
/// </summary>
internal static class TraceColumns
{
    public const string VruLine = "vru+line";
    public const string CallId = "call_id";
    public const string CustomerId = "customer_id";
    public const string Priority = "priority";
    public const string Type = "type";
    public const string Date = "date";
    public const string VruEntry = "vru_entry";
    public const string VruExit = "vru_exit";
    public const string VruTime = "vru_time";
    public const string QueueStart = "q_start";
    public const string QueueExit = "q_exit";
    public const string QueueTime = "q_time";
    public const string Outcome = "outcome";
    public const string ServiceStart = "ser_start";
    public const string ServiceExit = "ser_exit";
    public const string ServiceTime = "ser_time";
    public const string Server = "server";

    /// <summary>The clock value the trace writes when a queue or service step never happened.</summary>
    public const string AbsentClock = "0:00:00";

    /// <summary>The server value the trace writes when no person handled the call.</summary>
    public const string NoServer = "NO_SERVER";

    /// <summary>Columns the parser reads; vru+line is informational only and may be missing.</summary>
    public static readonly IReadOnlyList<string> Required =
    [
        CallId, CustomerId, Priority, Type, Date, VruEntry, VruExit, VruTime,
        QueueStart, QueueExit, QueueTime, Outcome, ServiceStart, ServiceExit, ServiceTime, Server,
    ];
}
