using Orleans.Storage;

namespace ContactCenter.Grains.Storage;

/// <summary>
/// Grain storage in this process's memory, lean enough for a million grains: one dictionary entry per record, keyed by
/// the grain's own id (no key string, no storage grain to call), holding the record in the Orleans serializer's format
/// so no reader shares objects with a writer. Records that finish (<see cref="IFinishableRecord"/>, interactions) are
/// kept up to <see cref="FinishedCapacity"/>, the oldest leaving when a newer one is written (O(1) per write); a read of
/// a record that left finds nothing, as for one never written. Live records are never evicted.
/// </summary>
public sealed class MemoryGrainStore(IGrainStorageSerializer serializer, int finishedCapacity = int.MaxValue) : IGrainStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string StateName, GrainId Grain), Stored> _records = [];
    /// <summary>Keys of the finished records, oldest first.</summary>
    private readonly LinkedList<(string, GrainId)> _finished = new();
    private long _lastETag;

    private readonly record struct Stored(byte[] Data, long ETag, LinkedListNode<(string, GrainId)>? Finished);

    public int FinishedCapacity { get; } = finishedCapacity > 0
        ? finishedCapacity : throw new ArgumentOutOfRangeException(nameof(finishedCapacity), finishedCapacity, "The store must keep at least one finished record.");

    /// <summary>Records held now, live and finished.</summary>
    public int Count { get { lock (_lock) return _records.Count; } }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Stored stored;
        bool found;
        lock (_lock) found = _records.TryGetValue((stateName, grainId), out stored);
        if (found)
        {
            grainState.State = serializer.Deserialize<T>(new BinaryData(stored.Data));
            (grainState.ETag, grainState.RecordExists) = (ETag(stored.ETag), true);
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        // An exact copy: the serializer's buffer grows by doubling, and a slice of it would keep up to twice the record alive.
        var data = serializer.Serialize(grainState.State).ToArray();
        var finished = grainState.State is IFinishableRecord { Finished: true };
        lock (_lock)
        {
            // A record that left the store may be written again by the activation that still holds it: that is not a conflict.
            if (_records.TryGetValue(key, out var old))
            {
                if (ETag(old.ETag) != grainState.ETag)
                    throw new InconsistentStateException($"{stateName} of {grainId} was written by someone else", ETag(old.ETag), grainState.ETag);
                if (old.Finished is { } node) _finished.Remove(node);
            }
            var etag = ++_lastETag;
            _records[key] = new Stored(data, etag, finished ? _finished.AddLast(key) : null);
            if (_finished.Count > FinishedCapacity)
            {
                _records.Remove(_finished.First!.Value);
                _finished.RemoveFirst();
            }
            (grainState.ETag, grainState.RecordExists) = (ETag(etag), true);
        }
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_lock)
        {
            if (_records.Remove((stateName, grainId), out var old) && old.Finished is { } node) _finished.Remove(node);
        }
        (grainState.ETag, grainState.RecordExists) = (null, false);
        return Task.CompletedTask;
    }

    private static string ETag(long etag) => etag.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A stored record that knows whether it has finished: only finished records may leave a capped store.</summary>
public interface IFinishableRecord
{
    bool Finished { get; }
}
