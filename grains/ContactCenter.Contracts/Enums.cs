namespace ContactCenter.Contracts;

/// <summary>The media an interaction arrives on; each has its own agent capacity.</summary>
public enum Channel { Voice, Chat, Email, Callback }

/// <summary>An agent's presence. Reserved, Busy and WrapUp are entered by routing, not by the agent.</summary>
public enum AgentPresence { LoggedOut, Ready, NotReady, Reserved, Busy, WrapUp }

/// <summary>Interaction lifecycle. The last four are terminal: exactly one of them ends every interaction.</summary>
public enum InteractionStatus
{
    Created, Queued, Offered, Connected, WrapUp,
    Completed, Abandoned, Overflowed, CallbackScheduled,
}

/// <summary>Customer value tier, derived from lifetime value.</summary>
public enum ValueTier { Standard, Gold, Platinum }

/// <summary>Where a queue sends an interaction whose wait reaches the maximum.</summary>
public enum OverflowKind { None, Queue, Callback }

/// <summary>The state of one piece of work an agent holds.</summary>
public enum WorkStatus { Offered, Connected, WrapUp }

public static class InteractionStatusExtensions
{
    public static bool IsTerminal(this InteractionStatus status) => status >= InteractionStatus.Completed;
}
