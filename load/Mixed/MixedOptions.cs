namespace ContactCenter.Load.Mixed;

/// <summary>
/// A bounded mixed-channel run: how many of each arrive over ArrivalSeconds, how many agents with what chat capacity,
/// and the simulated people's timing (real seconds: the run is in-process on the wall clock). Validate() names the bad option.
/// </summary>
internal sealed record MixedOptions(
    int Calls = 60,
    int Callbacks = 10,
    int Chats = 20,
    int MessagesPerChat = 3,
    int Emails = 10,
    int Agents = 8,
    int ChatCapacity = 3,
    double ArrivalSeconds = 40,
    double HandleSeconds = 4,
    double ThinkSeconds = 1,
    double PatienceSeconds = 15,
    double AbandonPercent = 20,
    double DrainSeconds = 60,
    int Seed = 20261203)
{
    /// <summary>Service-level thresholds of the run's queues, in seconds (a short run needs short thresholds).</summary>
    public const int VoiceThreshold = 5, ChatThreshold = 8, EmailThreshold = 30;

    public string? Validate()
    {
        if (Calls < 0 || Callbacks < 0 || Chats < 0 || Emails < 0) return "--calls, --callbacks, --chats and --emails must be 0 or more.";
        if (Calls + Callbacks + Chats + Emails is 0 or > 5_000) return "The run needs 1 to 5,000 arrivals in all.";
        if (MessagesPerChat is < 1 or > 20) return "--messages must be 1 to 20 per chat.";
        if (Agents is < 1 or > 200) return "--agents must be 1 to 200.";
        if (ChatCapacity is < 1 or > 10) return "--chat-capacity must be 1 to 10.";
        if (ArrivalSeconds is <= 0 or > 600) return "--arrival-seconds must be above 0 and at most 600.";
        if (HandleSeconds is <= 0 or > 120 || ThinkSeconds is < 0 or > 60) return "--handle-seconds must be 0-120 (above 0) and --think-seconds 0-60.";
        if (PatienceSeconds <= 0 || AbandonPercent is < 0 or > 100) return "--patience-seconds must be above 0 and --abandon-percent 0-100.";
        if (DrainSeconds is < 0 or > 600) return "--drain-seconds must be 0-600.";
        return null;
    }
}
