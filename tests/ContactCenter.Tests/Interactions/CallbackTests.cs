using ContactCenter.Grains.Callbacks;
using Orleans.Runtime;

namespace ContactCenter.Tests.Interactions;

[Collection(ClusterCollection.Name)]
public sealed class CallbackTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);
    private DateTimeOffset Now => fixture.Time.GetUtcNow();

    private ICallbackScheduleGrain Schedule(string queueId) => _center.Grains.GetGrain<ICallbackScheduleGrain>(queueId);

    private async Task<InteractionSnapshot> Call(string queueId, string number = "+15550100")
    {
        var id = CenterBuilder.Key("call");
        return await _center.Interaction(id).Create(new NewInteraction(Channel.Voice, null, number, new Dictionary<string, string>(), null, queueId));
    }

    /// <summary>A queue with a skill nobody else has; agents with it are made by the test.</summary>
    private async Task<(string Queue, string Skill)> Queue(Func<QueueConfig, QueueConfig>? configure = null)
    {
        var skill = CenterBuilder.Skill("callbacks");
        return (await _center.NewQueue(skill, 1, configure), skill);
    }

    private Task<InteractionSnapshot> OfferedTo(string interactionId, string agentId) =>
        Eventually.Until(() => _center.Snapshot(interactionId), s => s.Status == InteractionStatus.Offered && s.AgentId == agentId, $"{interactionId} offered to {agentId}");

    [Fact]
    public async Task Overflow_to_callback_creates_a_linked_callback_that_keeps_the_arrival_time()
    {
        var (queue, _) = await Queue(c => c with { MaxWaitSeconds = 60, Overflow = new OverflowTarget(OverflowKind.Callback) });
        var call = await Call(queue);
        _center.Advance(TimeSpan.FromSeconds(60));
        await _center.Queue(queue).Evaluate();

        var original = await Eventually.Until(() => _center.Snapshot(call.InteractionId), s => s.Status == InteractionStatus.CallbackScheduled, "callback scheduled");
        var callbackId = original.Callback!.CallbackId!;
        Assert.Contains(original.Timeline, e => e.Detail.Contains(callbackId));
        // As soon as possible: released by the schedule at once, queued with the original's arrival time.
        var callback = await Eventually.Until(() => _center.Snapshot(callbackId), s => s.Status == InteractionStatus.Queued, "the callback queued");
        Assert.Equal((Channel.Callback, call.InteractionId, "+15550100"), (callback.Channel, callback.Callback!.OriginalId, callback.CallerId));
        Assert.Equal(call.CreatedAt, callback.Entry!.ArrivedAt);
        Assert.Contains(callback.Timeline, e => e.Detail.Contains(call.InteractionId));
        var waiting = (await _center.Queue(queue).GetSnapshot()).Waiting.Single();
        Assert.Equal((callbackId, 60d), (waiting.InteractionId, waiting.WaitSeconds));

        // A waiting callback never overflows into yet another callback.
        _center.Advance(TimeSpan.FromSeconds(120));
        await _center.Queue(queue).Evaluate();
        Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(callbackId)).Status);
    }

    [Fact]
    public async Task A_callback_at_a_chosen_time_is_queued_only_at_that_time_and_then_offered()
    {
        var (queue, skill) = await Queue();
        var call = await Call(queue);
        var callback = await _center.Interaction(call.InteractionId).RequestCallback(Now.AddHours(2));
        Assert.Equal(InteractionStatus.CallbackScheduled, (await _center.Snapshot(call.InteractionId)).Status);
        Assert.Equal(InteractionStatus.Created, callback.Status);
        Assert.Empty((await _center.Queue(queue).GetSnapshot()).Waiting);
        var agent = await _center.ReadyAgent((skill, 5));

        _center.Advance(TimeSpan.FromMinutes(119));
        await Schedule(queue).ReleaseDue();
        Assert.Equal(InteractionStatus.Created, (await _center.Snapshot(callback.InteractionId)).Status);

        _center.Advance(TimeSpan.FromMinutes(1));
        await Schedule(queue).ReleaseDue();
        var offered = await OfferedTo(callback.InteractionId, agent);
        Assert.Equal(call.CreatedAt, offered.Entry!.ArrivedAt);
        Assert.Equal(Channel.Callback, (await _center.Agent(agent).GetSnapshot()).Work.Single().Channel);
    }

    [Fact]
    public async Task The_agent_dials_the_callback_talks_hangs_up_and_completes_it()
    {
        var (queue, skill) = await Queue();
        var agent = await _center.NewAgent((skill, 5));
        var call = await Call(queue);
        var callback = await _center.Interaction(call.InteractionId).RequestCallback(null);
        await _center.Agent(agent).SetReady();
        await OfferedTo(callback.InteractionId, agent);
        await _center.Agent(agent).Accept(callback.InteractionId);
        var notDialed = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Interaction(callback.InteractionId).HangUp());
        Assert.Contains("dial the customer first", notDialed.Message);

        var dialed = await _center.Interaction(callback.InteractionId).Dial();
        Assert.Equal((InteractionStatus.Connected, 1, DialOutcome.Answered), (dialed.Status, dialed.Callback!.Attempts, dialed.Callback.LastOutcome));
        Assert.NotNull(dialed.Call);
        Assert.Contains(dialed.Timeline, e => e.Detail.Contains("dialed +15550100: answered"));
        Assert.NotNull((await _center.Agent(agent).GetSnapshot()).Work.Single().Call);
        await Assert.ThrowsAsync<ContactCenterException>(() => _center.Interaction(callback.InteractionId).Dial());

        _center.Advance(TimeSpan.FromMinutes(3));
        await _center.Interaction(callback.InteractionId).HangUp();
        await _center.Agent(agent).Complete(callback.InteractionId, "resolved", "called back");
        var done = await Eventually.Until(() => _center.Snapshot(callback.InteractionId), s => s.Status == InteractionStatus.Completed, "completed");
        Assert.Equal(agent, done.AgentId);
        Assert.Equal(0, (await Schedule(queue).GetCounts()).Overdue);
    }

    [Fact]
    public async Task An_unanswered_callback_is_tried_three_times_ten_minutes_apart_then_abandoned()
    {
        var (queue, skill) = await Queue();
        var agent = await _center.ReadyAgent((skill, 5));
        await _center.Agent(agent).SetNotReady("break");
        var call = await Call(queue, ClusterFixture.UnansweredNumber);
        var callbackId = (await _center.Interaction(call.InteractionId).RequestCallback(null)).InteractionId;
        await Eventually.Until(() => _center.Snapshot(callbackId), s => s.Status == InteractionStatus.Queued, "the callback queued");

        for (var attempt = 1; attempt <= CallbackPolicy.MaxAttempts; attempt++)
        {
            await _center.Agent(agent).SetReady();
            await OfferedTo(callbackId, agent);
            await _center.Agent(agent).Accept(callbackId);
            var after = await _center.Interaction(callbackId).Dial();
            Assert.Equal((attempt, DialOutcome.NoAnswer), (after.Callback!.Attempts, after.Callback.LastOutcome));
            Assert.Equal(AgentPresence.WrapUp, await _center.PresenceOf(agent));
            await _center.Agent(agent).Complete(callbackId, "no-answer", null);
            await _center.Agent(agent).SetNotReady("break");
            if (attempt == CallbackPolicy.MaxAttempts)
            {
                Assert.Equal(InteractionStatus.Abandoned, after.Status);
                Assert.Contains("customer not reached", after.Timeline[^1].Detail);
                break;
            }
            Assert.Equal((InteractionStatus.Created, Now.Add(CallbackPolicy.RetryAfter)), (after.Status, after.Callback.DueAt));
            _center.Advance(CallbackPolicy.RetryAfter - TimeSpan.FromSeconds(1));
            await Schedule(queue).ReleaseDue();
            Assert.Equal(InteractionStatus.Created, (await _center.Snapshot(callbackId)).Status);
            _center.Advance(TimeSpan.FromSeconds(1));
            await Schedule(queue).ReleaseDue();
            Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(callbackId)).Status);
        }
        var counts = await Schedule(queue).GetCounts();
        Assert.Equal((0, 0), (counts.Scheduled, counts.Overdue));
    }

    [Fact]
    public async Task The_schedule_counts_scheduled_callbacks_and_those_overdue_after_the_queue_threshold()
    {
        var (queue, _) = await Queue(); // threshold 20 s, nobody serves it
        var first = await _center.Interaction((await Call(queue)).InteractionId).RequestCallback(Now.AddMinutes(30));
        await _center.Interaction((await Call(queue)).InteractionId).RequestCallback(Now.AddHours(1));
        Assert.Equal(new CallbackCounts(queue, 2, 0, first.Callback!.DueAt), await Schedule(queue).GetCounts());

        _center.Advance(TimeSpan.FromMinutes(30));
        await Schedule(queue).ReleaseDue();
        Assert.Equal((1, 0), Pair(await Schedule(queue).GetCounts()));
        Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(first.InteractionId)).Status);
        _center.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal((1, 0), Pair(await Schedule(queue).GetCounts()));
        _center.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((1, 1), Pair(await Schedule(queue).GetCounts()));

        // Ended another way (the agent never dialed; the customer's request was withdrawn): no longer counted.
        await Schedule(queue).Remove(first.InteractionId);
        Assert.Equal((1, 0), Pair(await Schedule(queue).GetCounts()));

        static (int, int) Pair(CallbackCounts c) => (c.Scheduled, c.Overdue);
    }

    [Fact]
    public async Task A_scheduled_callback_survives_deactivation_and_its_reminder_queues_it()
    {
        var (queue, _) = await Queue();
        var call = await Call(queue);
        var callback = await _center.Interaction(call.InteractionId).RequestCallback(Now.AddHours(2));

        var management = _center.Grains.GetGrain<IManagementGrain>(0);
        var scheduleId = Schedule(queue).GetGrainId();
        var callbackGrainId = _center.Interaction(callback.InteractionId).GetGrainId();
        await management.ForceActivationCollection(TimeSpan.Zero);
        Assert.DoesNotContain(scheduleId, await management.GetActiveGrains(scheduleId.Type));
        Assert.DoesNotContain(callbackGrainId, await management.GetActiveGrains(callbackGrainId.Type));

        _center.Advance(TimeSpan.FromHours(2));
        await Schedule(queue).AsReference<IRemindable>().ReceiveReminder(CallbackScheduleGrain.ReminderName, default);
        var queued = await _center.Snapshot(callback.InteractionId);
        Assert.Equal((InteractionStatus.Queued, call.InteractionId, call.CreatedAt), (queued.Status, queued.Callback!.OriginalId, queued.Entry!.ArrivedAt));
        Assert.Single((await _center.Queue(queue).GetSnapshot()).Waiting);
    }

    [Fact]
    public async Task A_refused_callback_request_names_at_and_changes_nothing()
    {
        var (queue, _) = await Queue();
        var call = await Call(queue);
        var grain = _center.Interaction(call.InteractionId);
        var past = await Assert.ThrowsAsync<ContactCenterException>(() => grain.RequestCallback(Now.AddMinutes(-5)));
        Assert.Equal((ErrorKind.Invalid, "at"), (past.Kind, past.Field));
        var far = await Assert.ThrowsAsync<ContactCenterException>(() => grain.RequestCallback(Now.AddDays(8)));
        Assert.Equal((ErrorKind.Invalid, "at"), (far.Kind, far.Field));
        Assert.Equal(InteractionStatus.Queued, (await grain.GetSnapshot()).Status);
        Assert.Equal(0, (await Schedule(queue).GetCounts()).Scheduled);

        var first = await grain.RequestCallback(Now.AddHours(1));
        Assert.Equal(first.InteractionId, (await grain.RequestCallback(Now.AddHours(1))).InteractionId);
        var again = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Interaction(first.InteractionId).RequestCallback(null));
        Assert.Equal(ErrorKind.Conflict, again.Kind);
        Assert.Equal(1, (await Schedule(queue).GetCounts()).Scheduled);
    }
}
