using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Api;

/// <summary>A new interaction from an adapter. interactionId is optional; give it to make retries idempotent.</summary>
public sealed record CreateInteractionRequest(
    string? InteractionId, Channel? Channel, string? CustomerId, string? CallerId,
    Dictionary<string, string>? Attributes, int? BasePriority, string? QueueId);

/// <summary>Exactly one of queueId and agentId.</summary>
public sealed record TransferRequest(string? QueueId, string? AgentId);

/// <summary>Exactly one of agentId and queueId: who to consult.</summary>
public sealed record ConsultRequest(string? AgentId, string? QueueId);

public sealed record NotReadyRequest(string? Reason);

public sealed record InteractionRequest(string? InteractionId);

public sealed record CompleteRequest(string? InteractionId, string? WrapUpCode, string? Notes);

/// <summary>A post-contact survey answer: 1 (very unhappy) to 5 (very happy).</summary>
public sealed record SatisfactionRequest(int? Score);
