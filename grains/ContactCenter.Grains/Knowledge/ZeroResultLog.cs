namespace ContactCenter.Grains.Knowledge;

/// <summary>Searches that found nothing, counted by normalised text; past the cap the rarest, oldest entry makes room.</summary>
public static class ZeroResultLog
{
    public const int Capacity = 500;

    public static void Count(Dictionary<string, ZeroResultSearch> log, string text, DateTimeOffset now)
    {
        var key = PlainText.Normalise(text);
        if (key.Length == 0) return;
        log[key] = log.TryGetValue(key, out var seen) ? seen with { Count = seen.Count + 1, LastSeen = now } : new ZeroResultSearch(key, 1, now);
        if (log.Count <= Capacity) return;
        var evict = log.Values.Where(s => s.Text != key).OrderBy(s => s.Count).ThenBy(s => s.LastSeen).First();
        log.Remove(evict.Text);
    }

    public static IReadOnlyList<ZeroResultSearch> Top(IEnumerable<ZeroResultSearch> log, int take) =>
        log.OrderByDescending(s => s.Count).ThenByDescending(s => s.LastSeen).ThenBy(s => s.Text, StringComparer.Ordinal).Take(take).ToList();
}
