using ContactCenter.Grains.Cases;

namespace ContactCenter.Grains.Queues;

/// <summary>Case ownership: the case grain's escalation asks the queue for the next owner, ranked like calls are.</summary>
public sealed partial class QueueGrain
{
    public Task<string?> SuggestCaseOwner(string? exceptAgentId, IReadOnlyList<string>? excluded = null)
    {
        var skip = new HashSet<string>(excluded ?? [], StringComparer.Ordinal);
        if (exceptAgentId is not null) skip.Add(exceptAgentId);
        return Task.FromResult(CaseOwnerRanking.Best(_agents.Values, Config.RequiredSkills, time.GetUtcNow(), skip));
    }
}
