using System.Security.Cryptography;
using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>
/// Changes to cases, contracts, escalation policies and notifications: one grain operation each, validated by the
/// owning grain. The caller sets the <see cref="Actor"/> (the API for every request; pages through <see cref="As"/>).
/// </summary>
public sealed class CaseCommands(IGrainFactory grains)
{
    private const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>"case-" and ten lowercase base32 characters (50 random bits).</summary>
    public static string NewCaseId()
    {
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);
        var chars = new char[10];
        for (var i = 0; i < chars.Length; i++) chars[i] = Base32[bytes[i] & 31];
        return $"case-{new string(chars)}";
    }

    /// <summary>Runs a command as the given user: the actor is set here, in the method that then awaits the grain.</summary>
    public async Task<T> As<T>(string? actor, Func<CaseCommands, Task<T>> command)
    {
        Actor.Set(actor);
        return await command(this);
    }

    public Task<CaseSnapshot> Create(string caseId, CaseDraft draft) => Case(caseId).Create(draft);
    public Task<CaseSnapshot> ChangeStatus(string caseId, CaseStatus to, string? reason) => Case(caseId).ChangeStatus(to, reason);
    public Task<CaseSnapshot> Assign(string caseId, string? agentId, string? queueId) => Case(caseId).Assign(agentId, queueId);
    public Task<CaseSnapshot> ChangePriority(string caseId, CasePriority priority) => Case(caseId).ChangePriority(priority);
    public Task<CaseSnapshot> AddNote(string caseId, string text) => Case(caseId).AddNote(text);
    public Task<CaseSnapshot> Link(string caseId, string interactionId) => Case(caseId).LinkInteraction(interactionId);
    public Task<ServiceContract> PutContract(ServiceContract contract) => grains.GetGrain<IServiceContractGrain>(contract.ContractId).Put(contract);
    public Task<EscalationPolicy> SetPolicy(string queueId, EscalationPolicy policy) => grains.GetGrain<IEscalationPolicyGrain>(queueId).Set(policy);
    public Task<CaseNotification> Acknowledge(string notificationId) => grains.GetGrain<ICaseNotificationsGrain>(CaseQueries.Center).Acknowledge(notificationId);

    private ICaseGrain Case(string caseId) => grains.GetGrain<ICaseGrain>(caseId);
}
