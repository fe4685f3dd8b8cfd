using System.Collections.Concurrent;

namespace ContactCenter.Grains.Storage;

/// <summary>
/// One copy per silo of the short codes that many records repeat (agent and queue ids, wrap-up codes). Each record read
/// from storage or received in a call brings its own copies; a million customers with ten contacts each would hold
/// thirty million of them. Bounded: past <see cref="MaxEntries"/> distinct values, new ones are kept as they come.
/// </summary>
public sealed class SharedStrings
{
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);
    private int _count;

    public string? Share(string? value)
    {
        if (value is null) return null;
        if (_pool.TryGetValue(value, out var shared)) return shared;
        if (Volatile.Read(ref _count) >= MaxEntries) return value;
        shared = _pool.GetOrAdd(value, value);
        if (ReferenceEquals(shared, value)) Interlocked.Increment(ref _count);
        return shared;
    }

    /// <summary>The contact with its codes shared; the same instance when they already are.</summary>
    public ContactRecord Share(ContactRecord contact)
    {
        var (queue, agent, code) = (Share(contact.QueueId), Share(contact.AgentId), Share(contact.WrapUpCode));
        return ReferenceEquals(queue, contact.QueueId) && ReferenceEquals(agent, contact.AgentId) && ReferenceEquals(code, contact.WrapUpCode)
            ? contact : contact with { QueueId = queue, AgentId = agent, WrapUpCode = code };
    }
}
