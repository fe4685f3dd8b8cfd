namespace ContactCenter.Contracts;

/// <summary>
/// A trivial grain that is not a stateless worker: one activation per key, so many callers on one key measure
/// what a single grain can serve (the benchmark's single-activation ceiling). <see cref="IPingGrain"/> is the
/// stateless-worker one.
/// </summary>
public interface IActivationPingGrain : IGrainWithIntegerKey
{
    ValueTask<int> Ping(int value);
}
