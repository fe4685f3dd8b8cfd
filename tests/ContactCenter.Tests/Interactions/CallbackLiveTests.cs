namespace ContactCenter.Tests.Interactions;

[Collection(ClusterCollection.Name)]
public sealed class CallbackLiveTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private sealed class Watcher(string queueId) : ILiveSubscriber
    {
        public TaskCompletionSource<QueueLive> Scheduled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task OnLive(LiveBatch batch)
        {
            if (batch.Queues.FirstOrDefault(q => q.QueueId == queueId && q.ScheduledCallbacks == 1) is { } queue) Scheduled.TrySetResult(queue);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task The_wallboard_feed_carries_a_queues_scheduled_callbacks()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("callbacks"));
        var watcher = new Watcher(queue);
        var reference = fixture.Cluster.Client.CreateObjectReference<ILiveSubscriber>(watcher);
        await _center.Grains.GetGrain<ILiveSubscriptionsGrain>("center").Subscribe(reference);

        var call = await _center.Arrive(queue);
        await _center.Interaction(call.InteractionId).RequestCallback(fixture.Time.GetUtcNow().AddHours(1));
        var seen = await watcher.Scheduled.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal((1, 0, 0), (seen.ScheduledCallbacks, seen.OverdueCallbacks, seen.Waiting));
        GC.KeepAlive(watcher);
    }
}
