using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Api;

/// <summary>A new case: the draft's fields, and caseId to make retries idempotent (the server makes one when absent).</summary>
public sealed record CreateCaseRequest(
    string? CaseId, string? CustomerId, string? Subject, string? QueueId, CasePriority? Priority, Channel? Origin,
    string? Description, string? Product, string? InteractionId, string? AgentId)
{
    public CaseDraft ToDraft() => new(CustomerId!, Subject!, QueueId!, Priority ?? CasePriority.Normal, Origin ?? Channel.Voice,
        Description, Product, InteractionId, AgentId);
}

/// <summary>The status to move to, and why (optional).</summary>
public sealed record CaseStatusRequest(CaseStatus? Status, string? Reason);

/// <summary>An agent to give the case to, or a queue (or neither: back to the case's queue) when agentId is absent.</summary>
public sealed record CaseAssignRequest(string? AgentId, string? QueueId);

public sealed record CasePriorityRequest(CasePriority? Priority);

public sealed record CaseNoteRequest(string? Text);

public sealed record CaseLinkRequest(string? InteractionId);

/// <summary>A contract's terms; contractId may be omitted (the route names it).</summary>
public sealed record ContractRequest(string? ContractId, string? Name, IReadOnlyList<SlaTarget>? Targets, CoverageHours? Coverage);
