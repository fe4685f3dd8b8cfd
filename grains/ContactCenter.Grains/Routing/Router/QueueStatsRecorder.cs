namespace ContactCenter.Grains.Routing.Router;

internal static class QueueStatsRecorder
{
    public static QueueStats Arrived(this QueueStats s) => s with { Arrivals = s.Arrivals + 1 };

    public static QueueStats AnsweredAfter(this QueueStats s, double waitSeconds, ServiceLevelTarget target) => s with
    {
        Answered = s.Answered + 1,
        AnsweredWithinThreshold = s.AnsweredWithinThreshold + (waitSeconds <= target.ThresholdSeconds ? 1 : 0),
        TotalAnswerWaitSeconds = s.TotalAnswerWaitSeconds + waitSeconds,
    };

    public static QueueStats Abandon(this QueueStats s) => s with { Abandoned = s.Abandoned + 1 };

    public static QueueStats OverflowOut(this QueueStats s) => s with { OverflowedOut = s.OverflowedOut + 1 };

    public static QueueStats CompletedAfter(this QueueStats s, double handleSeconds) => s with
    {
        Completed = s.Completed + 1,
        TotalHandleSeconds = s.TotalHandleSeconds + handleSeconds,
    };
}
