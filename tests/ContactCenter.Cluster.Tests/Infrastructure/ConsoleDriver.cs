namespace ContactCenter.Cluster.Tests.Infrastructure;

/// <summary>
/// Plays the agents' consoles against a cluster: re-subscribes each agent (as the browser console does),
/// answers every offer and completes every answered call at once. It remembers what it answered, as a
/// console does, so a call whose agent grain died is still completed through the agent.
/// </summary>
public sealed class ConsoleDriver(IClusterClient client, IReadOnlyList<string> agents) : IAgentObserver
{
    private readonly IAgentObserver _self = client.CreateObjectReference<IAgentObserver>(new NoOpObserver());
    private readonly Dictionary<string, string> _answered = new(StringComparer.Ordinal);

    /// <summary>Every successful completion, in order; an interaction completed twice would appear twice.</summary>
    public List<string> Completed { get; } = [];
    public int Errors { get; private set; }

    public async Task StepAsync()
    {
        foreach (var agentId in agents)
        {
            var agent = client.GetGrain<IAgentGrain>(agentId);
            if (!await Try(() => agent.Subscribe(_self))) continue;
            AgentSnapshot? snapshot = null;
            if (!await Try(async () => snapshot = await agent.GetSnapshot())) continue;
            foreach (var offer in snapshot!.Work.Where(w => w.Status == WorkStatus.Offered))
                if (await Try(() => agent.Accept(offer.InteractionId))) _answered[offer.InteractionId] = agentId;
            // An offer whose accept was lost with a dying silo lapses, and the agent goes NotReady("missed"):
            // a person would notice and make themselves ready again.
            if (snapshot.Presence == AgentPresence.NotReady && snapshot.NotReadyReason == "missed") await Try(agent.SetReady);
        }
        foreach (var (interactionId, agentId) in _answered.ToList())
        {
            if (!await Try(() => client.GetGrain<IAgentGrain>(agentId).Complete(interactionId, "resolved", null))
                && !await CompletedMeanwhile(interactionId, agentId)) continue;
            _answered.Remove(interactionId);
            Completed.Add(interactionId);
        }
    }

    /// <summary>
    /// A Complete can land while its answer is lost with a dying silo; the retry is then refused. The console
    /// sees the call is over, as a real one would, by reading the interaction.
    /// </summary>
    private async Task<bool> CompletedMeanwhile(string interactionId, string agentId)
    {
        InteractionSnapshot? snapshot = null;
        return await Try(async () => snapshot = await client.GetGrain<IInteractionGrain>(interactionId).GetSnapshot())
            && snapshot!.Status == InteractionStatus.Completed && snapshot.AgentId == agentId;
    }

    private async Task<bool> Try(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (Exception)
        {
            Errors++;
            return false;
        }
    }

    public Task OnAgentChanged(AgentSnapshot snapshot) => Task.CompletedTask;

    private sealed class NoOpObserver : IAgentObserver
    {
        public Task OnAgentChanged(AgentSnapshot snapshot) => Task.CompletedTask;
    }
}
