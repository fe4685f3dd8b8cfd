using ContactCenter.Grains.Routing.Index;

namespace ContactCenter.Grains.Routing.Router;

/// <summary>
/// A waiting interaction's place in its queue and its estimated wait, for the customer waiting in a chat. A queue's
/// places are ranked in one sort and reused for <see cref="PlacesFor"/>, so many waiting chats asking every few seconds
/// cost one O(w log w) ranking per queue per second, not O(w) each.
/// </summary>
public sealed partial class RouterGrain
{
    public static readonly TimeSpan PlacesFor = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, (DateTimeOffset At, Dictionary<string, int> Places)> _places = new(StringComparer.Ordinal);

    public Task<QueuePlace?> GetPlace(string interactionId)
    {
        if (!_waitingIn.TryGetValue(interactionId, out var queueId) || !_queues.TryGetValue(queueId, out var queue)
            || queue.Index.Find(interactionId) is null)
            return Task.FromResult<QueuePlace?>(null);
        var now = time.GetUtcNow();
        if (!_places.TryGetValue(queueId, out var ranked) || now - ranked.At >= PlacesFor || !ranked.Places.ContainsKey(interactionId))
            _places[queueId] = ranked = (now, Rank(queue, now));
        var place = ranked.Places[interactionId];
        var eta = QueueEta.Estimate(place, queue.Stats.Recent(now), queue.Stats.Today(now), QueueStatistics.Window);
        return Task.FromResult<QueuePlace?>(new QueuePlace(queueId, place, queue.Index.Count, eta));
    }

    /// <summary>Every waiting entry's place (from 1) in the router's own order at this instant.</summary>
    private static Dictionary<string, int> Rank(RoutedQueue queue, DateTimeOffset now)
    {
        var config = queue.Config;
        var scored = queue.Index.Entries.Select(e => (Entry: e, Total: PriorityScore.Of(e, config, now).Total)).ToList();
        scored.Sort((x, y) => WaitingOrder.Compare(x.Entry, x.Total, y.Entry, y.Total));
        var places = new Dictionary<string, int>(scored.Count, StringComparer.Ordinal);
        for (var i = 0; i < scored.Count; i++) places[scored[i].Entry.InteractionId] = i + 1;
        return places;
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
