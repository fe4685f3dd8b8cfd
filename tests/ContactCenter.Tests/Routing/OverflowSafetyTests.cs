namespace ContactCenter.Tests.Routing;

/// <summary>
/// An overflow never strands a caller: the router moves an entry into its target only after the interaction took the
/// move, and a target the router no longer routes for ends the call as Overflowed instead of losing it.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class OverflowSafetyTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task An_overflow_into_a_queue_the_router_no_longer_routes_for_ends_the_call_instead_of_stranding_it()
    {
        var target = await _center.NewQueue(CenterBuilder.Skill("general"));
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"), 1, c => c with { MaxWaitSeconds = 60, Overflow = new OverflowTarget(OverflowKind.Queue, target) });
        var call = await _center.Arrive(queue);
        // The target stops being routed (retired behind the directory's back): nothing can wait there any more.
        await _center.Grains.GetGrain<IRouterGrain>(RouterKey.Center).RemoveQueue(target);

        _center.Advance(TimeSpan.FromSeconds(60));
        await _center.Queue(queue).Evaluate();

        var ended = await Eventually.Until(() => _center.Snapshot(call.InteractionId), s => s.Status.IsTerminal(), "the overflowed call to end");
        Assert.Equal(InteractionStatus.Overflowed, ended.Status);
        Assert.Single(ended.Timeline, e => e.Status.IsTerminal());
        Assert.Empty((await _center.Queue(queue).GetSnapshot()).Waiting);
    }

    [Fact]
    public async Task A_caller_who_hangs_up_as_the_overflow_is_decided_is_not_sent_on()
    {
        var target = await _center.NewQueue(CenterBuilder.Skill("general"));
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"), 1, c => c with { MaxWaitSeconds = 60, Overflow = new OverflowTarget(OverflowKind.Queue, target) });
        var call = await _center.Arrive(queue);
        _center.Advance(TimeSpan.FromSeconds(60));

        var evaluated = _center.Queue(queue).Evaluate();
        var abandoned = _center.Interaction(call.InteractionId).Abandon();
        await evaluated;
        InteractionSnapshot? gone = null;
        try { gone = await abandoned; }
        catch (ContactCenterException ex) when (ex.Kind == ErrorKind.Conflict) { } // the overflow came first: it moved on

        var settled = await Eventually.Until(() => _center.Snapshot(call.InteractionId),
            s => s.Status.IsTerminal() || s.QueueId == target, "the call to be abandoned or moved");
        var inTarget = (await _center.Queue(target).GetSnapshot()).Waiting.Select(w => w.InteractionId).ToList();
        if (gone is not null || settled.Status.IsTerminal())
        {
            Assert.Equal(InteractionStatus.Abandoned, settled.Status);
            Assert.DoesNotContain(call.InteractionId, inTarget);
        }
        else
            await Eventually.Until(() => _center.Queue(target).GetSnapshot(), s => s.Waiting.Any(w => w.InteractionId == call.InteractionId), "the moved call waiting in the target");
        Assert.Empty((await _center.Queue(queue).GetSnapshot()).Waiting);
    }
}
