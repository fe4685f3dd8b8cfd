using ContactCenter.Contracts;
using ContactCenter.Dashboard.Api;

namespace ContactCenter.Dashboard.Services;

/// <summary>What agents (or their desktop adapters) do.</summary>
public sealed class AgentCommands(IGrainFactory grains)
{
    public Task<AgentSnapshot> Configure(string id, AgentProfile profile) => Agent(id).Configure(BodyChecks.Agent(id, profile));

    public Task<AgentSnapshot> Get(string id) => Agent(id).GetSnapshot();

    public Task<AgentSnapshot> Login(string id) => Agent(id).Login();

    public Task<AgentSnapshot> Ready(string id) => Agent(id).SetReady();

    public Task<AgentSnapshot> NotReady(string id, NotReadyRequest request) => Agent(id).SetNotReady(request.Reason!);

    public Task<AgentSnapshot> Logout(string id) => Agent(id).Logout();

    // The agent grain checks the interaction id, reason, wrap-up code and notes.
    public Task<AgentSnapshot> Accept(string id, InteractionRequest request) => Agent(id).Accept(request.InteractionId!);

    public Task<AgentSnapshot> Decline(string id, InteractionRequest request) => Agent(id).Decline(request.InteractionId!);

    public Task<AgentSnapshot> Complete(string id, CompleteRequest request) =>
        Agent(id).Complete(request.InteractionId!, request.WrapUpCode, request.Notes);

    private IAgentGrain Agent(string id) => grains.GetGrain<IAgentGrain>(id);
}
