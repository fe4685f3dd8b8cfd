namespace ContactCenter.Load.Replay;

/// <summary>
/// The stable, human-readable reasons a row is excluded or bad. They are shared by the parser, its
/// tests and reports so that counts keyed by reason line up everywhere.
/// </summary>
public static class TraceReasons
{
    // Excluded: valid rows that a replay cannot reproduce.
    public const string Phantom = "PHANTOM (virtual call)";
    public const string HungUpInVru = "HANG in the VRU (never queued)";
    public const string AgentWithoutServer = "AGENT with NO_SERVER (nobody served it)";
    public const string NoRecordedService = "AGENT with no recorded service (ser_start 0:00:00, ser_time 0)";
    public const string ZeroServiceTime = "AGENT with zero service time";

    // Bad: malformed rows.
    public const string WrongFieldCount = "wrong number of fields";
    public const string BlankLine = "blank line";
    public const string BadDate = "bad date";
    public const string BadPriority = "priority not 0, 1 or 2";
    public const string UnknownOutcome = "unknown outcome";
    public const string QueueEndsBeforeStart = "negative duration: q_exit before q_start";
    public const string ServiceEndsBeforeStart = "negative duration: ser_exit before ser_start";

    // Prefixes of reasons that name the offending column.
    public const string BadTimePrefix = "bad time in ";
    public const string NotANumberPrefix = "not a number in ";
    public const string NegativeNumberPrefix = "negative number in ";
    public const string NegativeDurationPrefix = "negative duration in ";
    public const string EmptyPrefix = "empty ";

    /// <summary>A clock column that is not H:MM:SS, e.g. "bad time in q_start".</summary>
    public static string BadTime(string column) => BadTimePrefix + column;

    /// <summary>A numeric column that does not hold a number.</summary>
    public static string NotANumber(string column) => NotANumberPrefix + column;

    /// <summary>An id column below zero.</summary>
    public static string NegativeNumber(string column) => NegativeNumberPrefix + column;

    /// <summary>A duration column (vru_time, q_time, ser_time) below zero.</summary>
    public static string NegativeDuration(string column) => NegativeDurationPrefix + column;

    /// <summary>A text column that must hold something but is blank.</summary>
    public static string Empty(string column) => EmptyPrefix + column;
}
