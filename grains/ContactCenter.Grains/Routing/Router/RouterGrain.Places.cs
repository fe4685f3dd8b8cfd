using ContactCenter.Grains.Routing.Index;

namespace ContactCenter.Grains.Routing.Router;

/// <summary>A waiting interaction's place in its queue and its estimated wait, for the customer waiting in a chat.</summary>
public sealed partial class RouterGrain
{
    public Task<QueuePlace?> GetPlace(string interactionId)
    {
        if (!_waitingIn.TryGetValue(interactionId, out var queueId) || !_queues.TryGetValue(queueId, out var queue)
            || queue.Index.Find(interactionId) is not { } entry)
            return Task.FromResult<QueuePlace?>(null);
        var now = time.GetUtcNow();
        var config = queue.Config;
        var mine = PriorityScore.Of(entry, config, now).Total;
        var ahead = queue.Index.Entries.Count(e => e.InteractionId != interactionId
            && WaitingOrder.Compare(e, PriorityScore.Of(e, config, now).Total, entry, mine) < 0);
        var place = ahead + 1;
        var eta = QueueEta.Estimate(place, queue.Stats.Recent(now), queue.Stats.Today(now), QueueStatistics.Window);
        return Task.FromResult<QueuePlace?>(new QueuePlace(queueId, place, queue.Index.Count, eta));
    }
}

/// <summary>An estimated wait: the place divided by the queue's recent answering rate, else today's average speed of answer.</summary>
public static class QueueEta
{
    public static double? Estimate(int place, QueueStats recent, QueueStats today, TimeSpan window)
    {
        if (recent.Answered > 0) return Math.Round(place * window.TotalSeconds / recent.Answered);
        return today.Answered > 0 ? Math.Round(Math.Max(today.AverageSpeedOfAnswerSeconds, 1) * place) : null;
    }
}
