using ContactCenter.Grains.Cases;

namespace ContactCenter.Tests.Cases;

/// <summary>The predictive breach warning end to end: real cases, their queue's live state, the center's board.</summary>
[Collection(CasesClusterCollection.Name)]
public sealed class CaseBoardWarningTests(CasesClusterFixture fixture)
{
    private readonly CaseWorld _world = new(fixture);
    private ICaseBoardGrain Board => fixture.Grains.GetGrain<ICaseBoardGrain>(CaseGrain.CaseBoard);

    [Fact]
    public async Task Only_the_case_its_queue_cannot_reach_before_the_first_response_due_is_warned_with_the_predicted_time_and_why()
    {
        // First response within 60 minutes; one ready agent at the default 15 minutes a case reaches five cases by +60.
        var (queue, skill, customer, _) = await _world.Setup(firstResponse: 60);
        await _world.Agent(skill, 5);
        var opened = DateTimeOffset.MinValue;
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var snapshot = await _world.Open(customer, queue);
            opened = snapshot.CreatedAt;
            ids.Add(snapshot.CaseId);
        }
        await Eventually.Until(() => Board.Query(new CaseQuery(QueueId: queue)), p => p.Total == 6, "the board to list the six cases");

        await Board.PredictBreaches();

        // Equal priority and due: picked up in id order, so the last id waits behind five.
        var last = ids.Order(StringComparer.Ordinal).Last();
        var warned = await Eventually.Until(() => _world.Snapshot(last), s => s.Sla.PredictedBreachAt is not null, "the warning to reach the case");
        Assert.Equal((SlaState.AtRisk, opened.AddMinutes(75)), (warned.Sla.State, warned.Sla.PredictedBreachAt));
        var warning = Assert.Single(warned.Timeline, e => e.Kind == CaseEventKind.BreachWarning);
        Assert.Contains("5 cases ahead, 1 agent with the skill, ~15 min each", warning.Detail);
        foreach (var id in ids.Where(id => id != last))
            Assert.DoesNotContain((await _world.Snapshot(id)).Timeline, e => e.Kind == CaseEventKind.BreachWarning);
        var atRisk = await Eventually.Until(() => Board.Query(new CaseQuery(QueueId: queue, Sla: SlaState.AtRisk)), p => p.Total == 1, "the board to show the case at risk");
        Assert.Equal((last, opened.AddMinutes(75)), (atRisk.Items[0].CaseId, atRisk.Items[0].PredictedBreachAt));

        await Board.PredictBreaches();
        Assert.Single((await _world.Snapshot(last)).Timeline, e => e.Kind == CaseEventKind.BreachWarning);
    }
}
