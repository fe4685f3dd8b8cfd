using ContactCenter.Cluster.Tests.Infrastructure;

namespace ContactCenter.Cluster.Tests;

/// <summary>
/// A case's SLA deadline lives in an Orleans reminder in Redis, not in the memory of the silo that hosts the case.
/// Three real silo processes on a real Redis: a case with a one-minute first-response target and a one-minute pick-up
/// step is opened, the silo hosting it is killed with SIGKILL, and the escalation must still be written to the case's
/// timeline, by a surviving silo, at or after its due time and within a bounded wait. The cluster's minimum reminder
/// period is 15 s (RecoveryTiming.AuditPeriod) and a dead silo is declared within about 10 s, so the surviving silos own
/// the reminder well before it is due.
/// </summary>
[Collection(RealClusterCollection.Name)]
public sealed class CaseDeadlineTests
{
    private static readonly TimeSpan FiresWithin = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_case_deadline_fires_after_the_silo_hosting_the_case_is_killed()
    {
        await using var cluster = await RedisCluster.StartAsync(silos: 3);
        var grains = cluster.Client;
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (queueId, contractId, customerId, caseId) = ($"q-{suffix}", $"ct-{suffix}", $"cu-{suffix}", $"case-{suffix}");
        await grains.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, queueId, [new SkillRequirement($"s-{suffix}", 1)],
            new ServiceLevelTarget(80, 20), 3600, OverflowTarget.None, [], PriorityWeights.Default));
        await grains.GetGrain<IEscalationPolicyGrain>(queueId).Set(new EscalationPolicy(PickupMinutes: 1, SupervisorMinutes: 30, ManagersMinutes: 30));
        await grains.GetGrain<IServiceContractGrain>(contractId).Put(new ServiceContract(contractId, "One-minute first response",
            ServiceContracts.Targets((1, 60), (1, 60), (1, 60), (1, 60)), CoverageHours.AlwaysOpen));
        await grains.GetGrain<ICustomerGrain>(customerId).Upsert(new CustomerProfile(customerId, "Deadline customer", 1_000,
            DateTimeOffset.UtcNow.AddYears(-1), 0, contractId));

        var @case = grains.GetGrain<ICaseGrain>(caseId);
        var opened = await @case.Create(new CaseDraft(customerId, "Deadline must survive its silo", queueId));
        Assert.Equal(contractId, opened.ContractId);
        Assert.NotNull(opened.Sla.NextDeadline);
        var due = opened.Sla.NextDeadline!.Value;
        Assert.InRange(due - opened.CreatedAt, TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(61));
        var victim = await cluster.HostOf(@case);
        Assert.NotNull(victim);
        await victim!.KillAsync();

        CaseSnapshot? seen = null;
        await Poll.Until(async () =>
        {
            seen = await @case.GetSnapshot();
            return seen.Timeline.Any(e => e.Kind == CaseEventKind.Escalated);
        }, FiresWithin + (due - DateTimeOffset.UtcNow), "the pick-up escalation on the case's timeline",
            () => $"timeline: {string.Join(" | ", seen?.Timeline.Select(e => $"{e.At:HH:mm:ss} {e.Kind} {e.Detail}") ?? [])}\n{cluster.Describe()}");

        Assert.False(victim.Running);
        var escalated = Assert.Single(seen!.Timeline, e => e.Kind == CaseEventKind.Escalated);
        Assert.True(escalated.At >= due, $"escalated at {escalated.At:O}, before its due time {due:O}");
        Assert.Equal(Actor.System, escalated.By);
        Assert.Equal(1, seen.EscalationLevel);
        Assert.Contains(seen.Timeline, e => e.Kind == CaseEventKind.FirstResponseBreached);
        var host = await cluster.HostOf(@case);
        Assert.NotNull(host);
        Assert.True(host!.Running && host != victim, "the case is now hosted by a surviving silo");
    }
}
