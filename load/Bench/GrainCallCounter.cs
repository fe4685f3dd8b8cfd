namespace ContactCenter.Load.Bench;

/// <summary>Every grain call the bench's embedded silo receives, counted by <see cref="CountingCallFilter"/>.</summary>
internal sealed class GrainCallCounter
{
    private long _calls;

    public long Calls => Interlocked.Read(ref _calls);

    public void Add() => Interlocked.Increment(ref _calls);
}

/// <summary>A silo-wide incoming filter, registered only in the bench's silo; it adds one increment per call.</summary>
internal sealed class CountingCallFilter(GrainCallCounter counter) : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        counter.Add();
        return context.Invoke();
    }
}
