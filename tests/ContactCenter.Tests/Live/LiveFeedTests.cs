namespace ContactCenter.Tests.Live;

[Collection(ClusterCollection.Name)]
public sealed class LiveFeedTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private sealed class Watcher(string queueId, string agentId) : ILiveSubscriber
    {
        public TaskCompletionSource<QueueLive> QueueWaiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource<AgentLive> AgentBusy { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task OnLive(LiveBatch batch)
        {
            if (batch.Queues.FirstOrDefault(q => q.QueueId == queueId && q.Waiting == 1) is { } queue) QueueWaiting.TrySetResult(queue);
            if (batch.Agents.FirstOrDefault(a => a.AgentId == agentId && a.Presence == AgentPresence.Busy) is { } agent) AgentBusy.TrySetResult(agent);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Queue_and_agent_changes_reach_a_subscriber_by_push()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agent = await _center.NewAgent((skill, 5));
        var watcher = new Watcher(queue, agent);
        var reference = fixture.Cluster.Client.CreateObjectReference<ILiveSubscriber>(watcher);
        await _center.Grains.GetGrain<ILiveSubscriptionsGrain>("center").Subscribe(reference);

        var call = await _center.Arrive(queue);
        var seenQueue = await watcher.QueueWaiting.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(call.CreatedAt, seenQueue.OldestArrivedAt);

        await _center.Agent(agent).SetReady();
        await _center.Agent(agent).Accept(call.InteractionId);
        var seenAgent = await watcher.AgentBusy.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(call.InteractionId, seenAgent.CurrentInteractionId);
        GC.KeepAlive(watcher);
    }
}
