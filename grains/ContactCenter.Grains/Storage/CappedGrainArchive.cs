using Orleans.Storage;

namespace ContactCenter.Grains.Storage;

/// <summary>
/// Grain storage for one process whose records finish (interactions): a record still live is kept until it
/// finishes, and finished records are kept up to <see cref="Capacity"/>, the oldest leaving when a newer one is
/// written (O(1) per write). Reading a record that left finds nothing, as for one never written. Records are kept
/// in the Orleans serializer's format, as the in-memory storage keeps them, so no reader shares objects with a writer.
/// </summary>
public sealed class CappedGrainArchive(int capacity, IGrainStorageSerializer serializer) : IGrainStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Stored> _records = new(StringComparer.Ordinal);
    /// <summary>Keys of the finished records, oldest first.</summary>
    private readonly LinkedList<string> _finished = new();
    private long _lastETag;

    private sealed record Stored(BinaryData Data, string ETag, LinkedListNode<string>? Finished);

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The archive must keep at least one record.");

    /// <summary>Records held now, live and finished.</summary>
    public int Count { get { lock (_lock) return _records.Count; } }

    public Task ReadStateAsync<T>(string grainType, GrainId grainId, IGrainState<T> grainState)
    {
        Stored? stored;
        lock (_lock) _records.TryGetValue(Key(grainType, grainId), out stored);
        if (stored is not null)
        {
            grainState.State = serializer.Deserialize<T>(stored.Data);
            (grainState.ETag, grainState.RecordExists) = (stored.ETag, true);
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string grainType, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(grainType, grainId);
        var data = serializer.Serialize(grainState.State);
        var finished = grainState.State is IFinishableRecord { Finished: true };
        lock (_lock)
        {
            // A record that left the archive may be written again by the activation that still holds it: that is not a conflict.
            if (_records.TryGetValue(key, out var old))
            {
                if (old.ETag != grainState.ETag) throw new InconsistentStateException($"{key} was written by someone else", old.ETag, grainState.ETag);
                if (old.Finished is { } node) _finished.Remove(node);
            }
            var etag = (++_lastETag).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _records[key] = new Stored(data, etag, finished ? _finished.AddLast(key) : null);
            if (_finished.Count > Capacity)
            {
                _records.Remove(_finished.First!.Value);
                _finished.RemoveFirst();
            }
            (grainState.ETag, grainState.RecordExists) = (etag, true);
        }
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string grainType, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_lock)
        {
            if (_records.Remove(Key(grainType, grainId), out var old) && old.Finished is { } node) _finished.Remove(node);
        }
        (grainState.ETag, grainState.RecordExists) = (null, false);
        return Task.CompletedTask;
    }

    private static string Key(string grainType, GrainId grainId) => $"{grainType}/{grainId}";
}

/// <summary>A stored record that knows whether it has finished: only finished records may leave a capped archive.</summary>
public interface IFinishableRecord
{
    bool Finished { get; }
}
