namespace ContactCenter.Grains.Live;

/// <summary>How queue and agent state looks on a wallboard.</summary>
internal static class LiveViews
{
    public static QueueLive Of(QueueConfig config, int waiting, DateTimeOffset? oldestArrivedAt, int availableAgents,
        QueueStats today, QueueStats last15Minutes) =>
        new(config.QueueId, config.Name, waiting, oldestArrivedAt, availableAgents, config.ServiceLevel.Percent,
            config.ServiceLevel.ThresholdSeconds, config.MaxWaitSeconds, today, last15Minutes);

    public static AgentLive Of(AgentSnapshot s) => new(
        s.Profile.AgentId, s.Profile.Name, s.Profile.Team, s.Presence, s.NotReadyReason, s.StateSince,
        s.Work.FirstOrDefault(w => w.Status != WorkStatus.WrapUp)?.InteractionId ?? s.Work.FirstOrDefault()?.InteractionId,
        s.Work.Count, s.Counters.Handled, s.Counters.Missed,
        string.Join(", ", s.Profile.Skills.Select(k => $"{k.Skill}:{k.Proficiency}")), string.Join(",", s.Queues));
}
