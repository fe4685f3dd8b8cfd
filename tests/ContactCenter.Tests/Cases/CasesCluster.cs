using Orleans.Runtime;

namespace ContactCenter.Tests.Cases;

/// <summary>
/// A cluster of its own for case tests: they move the fake clock to chosen weekdays and hours (coverage calendars),
/// which the other tests sharing a clock should not see.
/// </summary>
public sealed class CasesClusterFixture : ClusterFixture;

[CollectionDefinition(Name)]
public sealed class CasesClusterCollection : ICollectionFixture<CasesClusterFixture>
{
    public const string Name = "cases-cluster";
}

/// <summary>Builds case worlds with fresh keys: a queue with its skill, a customer under a contract of the test's own, agents.</summary>
public sealed class CaseWorld(ClusterFixture fixture)
{
    public CenterBuilder Center { get; } = new(fixture);
    public IGrainFactory Grains => fixture.Grains;
    public DateTimeOffset Now => fixture.Time.GetUtcNow();

    public ICaseGrain Case(string id) => Grains.GetGrain<ICaseGrain>(id);

    /// <summary>Exactly what Orleans does when the case's "sla" reminder fires.</summary>
    public Task Remind(string caseId) => Case(caseId).AsReference<IRemindable>().ReceiveReminder("sla", default);

    public void Advance(TimeSpan by) => fixture.Time.Advance(by);

    public void AdvanceMinutes(double minutes) => Advance(TimeSpan.FromMinutes(minutes));

    /// <summary>Moves the clock forward to the next given weekday at the given UTC time of day (at least a day ahead).</summary>
    public DateTimeOffset AdvanceToNext(DayOfWeek day, int hour, int minute)
    {
        var date = Now.UtcDateTime.Date.AddDays(1);
        while (date.DayOfWeek != day) date = date.AddDays(1);
        var at = new DateTimeOffset(date.AddHours(hour).AddMinutes(minute), TimeSpan.Zero);
        fixture.Time.SetUtcNow(at);
        return at;
    }

    /// <summary>Targets for Normal (first response, resolution); the other priorities are shorter or longer.</summary>
    public static ServiceContract Contract(string id, CoverageHours coverage, int firstResponse = 60, int resolution = 240) =>
        new(id, $"Contract {id}", ServiceContracts.Targets(
            (Math.Max(1, firstResponse / 4), Math.Max(1, resolution / 4)), (Math.Max(1, firstResponse / 2), Math.Max(1, resolution / 2)),
            (firstResponse, resolution), (firstResponse * 2, resolution * 2)), coverage);

    public async Task<string> PutContract(ServiceContract contract)
    {
        await Grains.GetGrain<IServiceContractGrain>(contract.ContractId).Put(contract);
        return contract.ContractId;
    }

    public async Task<string> NewCustomer(string? contractId)
    {
        var id = CenterBuilder.Key("cust");
        await Center.Customer(id).Upsert(new CustomerProfile(id, "Case Customer", 1_000, Now.AddYears(-1), 0, contractId));
        return id;
    }

    /// <summary>A queue with a fresh skill, a customer under a fresh always-open contract (Normal: 60 / 240 minutes).</summary>
    public async Task<(string Queue, string Skill, string Customer, string Contract)> Setup(CoverageHours? coverage = null, int firstResponse = 60, int resolution = 240)
    {
        var skill = CenterBuilder.Skill("cases");
        var queue = await Center.NewQueue(skill);
        var contract = await PutContract(Contract(CenterBuilder.Key("contract"), coverage ?? CoverageHours.AlwaysOpen, firstResponse, resolution));
        return (queue, skill, await NewCustomer(contract), contract);
    }

    public async Task<CaseSnapshot> Open(string customer, string queue, string? agent = null, CasePriority priority = CasePriority.Normal, string? interaction = null)
    {
        var id = CenterBuilder.Key("case");
        return await Case(id).Create(new CaseDraft(customer, "Router keeps rebooting", queue, priority, Channel.Voice, "Since Monday", "Router X2", interaction, agent));
    }

    public Task<CaseSnapshot> Snapshot(string caseId) => Case(caseId).GetSnapshot();

    /// <summary>An agent with the skill, logged in and ready; or only logged in when not ready.</summary>
    public async Task<string> Agent(string skill, int level, bool ready = true, string team = "team")
    {
        var id = CenterBuilder.Key("agent");
        await Center.Agent(id).Configure(new AgentProfile(id, id, team, [new SkillLevel(skill, level)], ChannelCapacity.Default));
        await Center.Agent(id).Login();
        if (ready) await Center.Agent(id).SetReady();
        return id;
    }

    public static IEnumerable<CaseEvent> Escalations(CaseSnapshot snapshot) => snapshot.Timeline.Where(e => e.Kind == CaseEventKind.Escalated);
}
