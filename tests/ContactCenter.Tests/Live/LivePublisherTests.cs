using ContactCenter.Grains.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Tests.Live;

public sealed class LivePublisherTests
{
    private sealed class Recorder : ILiveSubscriber
    {
        public List<LiveBatch> Batches { get; } = [];

        public Task OnLive(LiveBatch batch)
        {
            Batches.Add(batch);
            return Task.CompletedTask;
        }
    }

    /// <summary>A browser that never answers: its call never completes.</summary>
    private sealed class Stuck : ILiveSubscriber
    {
        public Task OnLive(LiveBatch batch) => new TaskCompletionSource().Task;
    }

    private sealed class Fixed(params ILiveSubscriber[] subscribers) : ILiveSubscriberSource
    {
        public List<ILiveSubscriber> Subscribers { get; } = [.. subscribers];

        public Task<IReadOnlyList<ILiveSubscriber>> GetAsync() => Task.FromResult<IReadOnlyList<ILiveSubscriber>>(Subscribers.ToArray());
    }

    private static QueueLive Queue(string id, int waiting) =>
        new(id, id, waiting, null, 0, 80, 20, 300, QueueStats.Zero, QueueStats.Zero);

    private static LivePublisher Publisher(params ILiveSubscriber[] subscribers) =>
        new(new Fixed(subscribers), new FakeTimeProvider(), NullLogger<LivePublisher>.Instance);

    [Fact]
    public async Task A_tick_sends_one_batch_with_only_the_latest_value_per_entity()
    {
        var recorder = new Recorder();
        var publisher = Publisher(recorder);
        publisher.Publish(Queue("billing", 1));
        publisher.Publish(Queue("billing", 2));
        publisher.Publish(Queue("sales", 5));
        await publisher.FlushAsync();
        var batch = Assert.Single(recorder.Batches);
        Assert.Equal([("billing", 2), ("sales", 5)], batch.Queues.Select(q => (q.QueueId, q.Waiting)).OrderBy(x => x.QueueId));
    }

    [Fact]
    public async Task Unchanged_values_are_dropped_and_nothing_is_sent_when_nothing_changed()
    {
        var recorder = new Recorder();
        var publisher = Publisher(recorder);
        publisher.Publish(Queue("billing", 1));
        await publisher.FlushAsync();
        publisher.Publish(Queue("billing", 1));
        Assert.Null(await publisher.FlushAsync());
        Assert.Null(await publisher.FlushAsync());
        publisher.Publish(Queue("billing", 3));
        await publisher.FlushAsync();
        Assert.Equal([1, 3], recorder.Batches.Select(b => b.Queues.Single().Waiting));
    }

    [Fact]
    public async Task A_subscriber_that_never_answers_does_not_hold_up_the_others()
    {
        var recorder = new Recorder();
        var publisher = Publisher(new Stuck(), recorder);
        publisher.Publish(Queue("billing", 1));
        var flush = publisher.FlushAsync();
        Assert.True(flush.IsCompleted, "the flush waited for a subscriber");
        await flush;
        Assert.Single(recorder.Batches);
    }

    [Fact]
    public async Task A_new_subscriber_first_gets_everything_then_only_changes()
    {
        var early = new Recorder();
        var source = new Fixed(early);
        var publisher = new LivePublisher(source, new FakeTimeProvider(), NullLogger<LivePublisher>.Instance);
        publisher.Publish(Queue("billing", 1));
        publisher.Publish(Queue("sales", 2));
        await publisher.FlushAsync();

        var late = new Recorder();
        source.Subscribers.Add(late);
        publisher.Publish(Queue("billing", 4));
        await publisher.FlushAsync();

        Assert.Equal([("billing", 4), ("sales", 2)], late.Batches.Single().Queues.Select(q => (q.QueueId, q.Waiting)).OrderBy(x => x.QueueId));
        Assert.Equal(2, early.Batches.Count);
        Assert.Equal(("billing", 4), early.Batches[1].Queues.Select(q => (q.QueueId, q.Waiting)).Single());
    }

    private static CaseNotification Notice(string id) =>
        new(id, "case-1", "Printer on fire", EscalationStep.SupervisorNotified, NotificationAudience.Supervisors, null, "billing", "step 2", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task A_notice_raised_while_a_dashboard_connects_still_reaches_it()
    {
        var early = new Recorder();
        var source = new Fixed(early);
        var publisher = new LivePublisher(source, new FakeTimeProvider(), NullLogger<LivePublisher>.Instance);
        publisher.Publish(Notice("before-anyone"));
        await publisher.FlushAsync();
        var late = new Recorder();
        source.Subscribers.Add(late);
        publisher.Publish(Notice("same-flush"));
        await publisher.FlushAsync();

        var seen = late.Batches.SelectMany(b => b.Notifications ?? []).Select(n => n.NotificationId).ToHashSet();
        Assert.Equal(["before-anyone", "same-flush"], seen.Order());
        Assert.Equal(["before-anyone", "same-flush"], early.Batches.SelectMany(b => b.Notifications ?? []).Select(n => n.NotificationId));
    }
}
