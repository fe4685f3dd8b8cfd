using System.Collections.Concurrent;

namespace ContactCenter.Load.PushLatency;

/// <summary>
/// The changes the probe made, each under a live key (the probe queue, or one probe agent) with a sequence
/// number visible in the pushed value, and the time just before the API call that made it (this process's clock).
/// </summary>
internal sealed class ProbeLedger
{
    private readonly ConcurrentDictionary<(string Key, int Seq), long> _sent = new();

    public void Sent(string key, int seq, long atMs) => _sent[(key, seq)] = atMs;

    public int Count => _sent.Count;

    /// <summary>Every change by key, in sequence order, with its send time.</summary>
    public ILookup<string, (int Seq, long SentAtMs)> ByKey() =>
        _sent.OrderBy(e => e.Key.Seq).ToLookup(e => e.Key.Key, e => (e.Key.Seq, e.Value));
}

/// <summary>What every connection saw of the key it watches: latencies, and the changes that never came.</summary>
internal sealed record ProbeOutcome(List<double> LatenciesMs, int Missing, int ConnectionsWithGaps, int Expected)
{
    /// <summary>
    /// Each watcher watches one key and must see every change of that key once; the first time a sequence
    /// number is seen counts. A change sent but never seen is missing (a gap in that watcher's sequence).
    /// </summary>
    public static ProbeOutcome Of(ILookup<string, (int Seq, long SentAtMs)> sent, IEnumerable<(string Key, IReadOnlyDictionary<int, long> FirstSeenMs)> watchers)
    {
        var latencies = new List<double>();
        int missing = 0, withGaps = 0, expected = 0;
        foreach (var (key, seen) in watchers)
        {
            var gaps = 0;
            foreach (var (seq, sentAt) in sent[key])
            {
                expected++;
                if (seen.TryGetValue(seq, out var at)) latencies.Add(at - sentAt);
                else gaps++;
            }
            missing += gaps;
            if (gaps > 0) withGaps++;
        }
        return new ProbeOutcome(latencies, missing, withGaps, expected);
    }
}
