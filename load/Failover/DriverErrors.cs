using System.Collections.Concurrent;
using ContactCenter.Contracts;

namespace ContactCenter.Load.Failover;

/// <summary>Errors the driver saw, counted by operation and exception kind, with the first few distinct messages of each.</summary>
internal sealed class DriverErrors
{
    private const int SamplesPerKind = 3;
    private readonly ConcurrentDictionary<string, Entry> _kinds = new();

    public void Record(string operation, Exception exception)
    {
        var ex = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        var entry = _kinds.GetOrAdd($"{operation}: {KindOf(ex)}", _ => new Entry());
        var message = ex.Message.Split('\n')[0].Trim();
        if (message.Length > 240) message = message[..240] + "…";
        lock (entry)
        {
            entry.Count++;
            if (entry.Samples.Count < SamplesPerKind && !entry.Samples.Contains(message)) entry.Samples.Add(message);
        }
    }

    public int Count(string operation) => _kinds.Where(k => k.Key.StartsWith(operation + ":", StringComparison.Ordinal)).Sum(k => k.Value.Count);

    public IReadOnlyList<ErrorCount> Snapshot() =>
        _kinds.Select(k => { lock (k.Value) return new ErrorCount(k.Key, k.Value.Count, k.Value.Samples.ToArray()); })
            .OrderByDescending(e => e.Count).ThenBy(e => e.Kind, StringComparer.Ordinal).ToArray();

    public static string KindOf(Exception ex) => ex is ContactCenterException cc ? $"{nameof(ContactCenterException)} ({cc.Kind})" : ex.GetType().Name;

    private sealed class Entry
    {
        public int Count;
        public readonly List<string> Samples = [];
    }
}

/// <summary>How often one kind of error happened, with sample messages.</summary>
internal sealed record ErrorCount(string Kind, int Count, IReadOnlyList<string> Samples);
