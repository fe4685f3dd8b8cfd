namespace ContactCenter.Contracts;

/// <summary>A case's lifecycle. Only the moves in <see cref="CaseTransitions"/> are allowed.</summary>
public enum CaseStatus { New, Assigned, InProgress, PendingCustomer, Resolved, Closed, Reopened }

/// <summary>How urgent a case is; the contract sets targets per priority.</summary>
public enum CasePriority { Low, Normal, High, Urgent }

/// <summary>
/// Where a case stands against its contract. Met: resolved within target. Paused: waiting on the customer,
/// the SLA clock stopped. AtRisk: a breach is predicted or the target is close.
/// </summary>
public enum SlaState { OnTrack, AtRisk, Breached, Paused, Met }

/// <summary>The escalation steps of a queue's policy, in the order they fire.</summary>
public enum EscalationStep { Reassigned = 1, SupervisorNotified = 2, ManagersNotified = 3, SpecialistQueue = 4 }

/// <summary>Who a case notification is for.</summary>
public enum NotificationAudience { Supervisors, Managers }

/// <summary>What one timeline entry records.</summary>
public enum CaseEventKind
{
    Created, Note, StatusChanged, Assigned, InteractionLinked, PriorityChanged,
    Escalated, ContractChanged, FirstResponseBreached, ResolutionBreached, BreachWarning, NotificationAcknowledged,
    EmailReceived, EmailSent, CustomerComment, ArticleAttached, ChatTranscript,
}

/// <summary>The allowed status moves. Anything else is refused with a conflict naming both states.</summary>
public static class CaseTransitions
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.New] = [CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.PendingCustomer, CaseStatus.Resolved],
        [CaseStatus.Assigned] = [CaseStatus.InProgress, CaseStatus.PendingCustomer, CaseStatus.Resolved],
        [CaseStatus.InProgress] = [CaseStatus.PendingCustomer, CaseStatus.Resolved],
        [CaseStatus.PendingCustomer] = [CaseStatus.InProgress, CaseStatus.Resolved],
        [CaseStatus.Resolved] = [CaseStatus.Closed, CaseStatus.Reopened],
        [CaseStatus.Closed] = [CaseStatus.Reopened],
        [CaseStatus.Reopened] = [CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.PendingCustomer, CaseStatus.Resolved],
    };

    public static IReadOnlyList<CaseStatus> From(CaseStatus status) => Allowed[status];

    public static bool IsAllowed(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to);

    /// <summary>Open cases count for SLAs, the customer's open cases and churn.</summary>
    public static bool IsOpen(this CaseStatus status) => status is not (CaseStatus.Resolved or CaseStatus.Closed);

    /// <summary>Work has started: the first response has been given.</summary>
    public static bool IsStarted(this CaseStatus status) => status is CaseStatus.InProgress or CaseStatus.PendingCustomer or CaseStatus.Resolved or CaseStatus.Closed;

    /// <summary>Throws a conflict naming both states when the move is not allowed.</summary>
    public static void Require(CaseStatus from, CaseStatus to)
    {
        if (!IsAllowed(from, to))
            throw ContactCenterException.Conflict($"A case cannot move from {from} to {to}.");
    }
}
