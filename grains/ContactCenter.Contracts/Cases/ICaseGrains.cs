namespace ContactCenter.Contracts;

/// <summary>
/// One case, durable in the "cc" storage. Every change validates first, changes nothing when refused
/// (400 naming the field, 404, 409 naming both states), and is written to the timeline with who and when
/// (the actor comes from the RequestContext, see <see cref="Actor"/>). The next SLA deadline is held in one
/// Orleans reminder per case (the grain is IRemindable), so it fires after deactivation, a silo's death or a restart.
/// </summary>
public interface ICaseGrain : IGrainWithStringKey
{
    /// <summary>Opens the case under the customer's contract. Repeating the same draft answers the case; a different draft under this id is a conflict.</summary>
    Task<CaseSnapshot> Create(CaseDraft draft);

    /// <summary>404 when the case was never created.</summary>
    Task<CaseSnapshot> GetSnapshot();

    /// <summary>Moves the status; an illegal move is a conflict naming both states. Entering PendingCustomer pauses the SLA clock.</summary>
    Task<CaseSnapshot> ChangeStatus(CaseStatus to, string? reason = null);

    /// <summary>Gives the case to an agent (status New or Reopened becomes Assigned), or back to a queue when agentId is null.</summary>
    Task<CaseSnapshot> Assign(string? agentId, string? queueId = null);

    Task<CaseSnapshot> ChangePriority(CasePriority priority);

    Task<CaseSnapshot> AddNote(string text);

    /// <summary>Links an interaction of the same customer; linking twice is a no-op.</summary>
    Task<CaseSnapshot> LinkInteraction(string interactionId);

    /// <summary>The contract's terms changed: deadlines are recomputed from now and the timeline says so.</summary>
    Task ApplyContract(ServiceContract contract);

    /// <summary>A breach is predicted at the given time (see the board's predictor); recorded once per prediction window.</summary>
    Task WarnBreach(DateTimeOffset predictedBreachAt, string basis);

    /// <summary>Someone acknowledged one of this case's notifications.</summary>
    Task RecordAcknowledgement(CaseNotification notification);

    /// <summary>
    /// The customer wrote (an email, a self-service comment): on the timeline by "customer". A PendingCustomer case goes
    /// back to InProgress (its SLA clock runs again); a Resolved or Closed one is Reopened. The same reference twice is a no-op.
    /// </summary>
    Task<CaseSnapshot> AddCustomerMessage(CustomerMessage message);

    /// <summary>An agent's reply to the customer (email): on the timeline; it is the first response when none was given yet.</summary>
    Task<CaseSnapshot> AddReply(CaseReply reply);

    /// <summary>Attaches a published article (counts as a use); when the case is resolved, each attached article is told once.</summary>
    Task<CaseSnapshot> AttachArticle(string articleId);

    /// <summary>A chat linked to this case ended: its transcript (kept by the chat of that id) is on the timeline, once.</summary>
    Task<CaseSnapshot> AddTranscript(string interactionId, string summary);
}

/// <summary>A service contract. Key: contract id. The default ids answer their built-in terms until someone puts their own.</summary>
public interface IServiceContractGrain : IGrainWithStringKey
{
    /// <summary>404 for an id that is neither stored nor a default.</summary>
    Task<ServiceContract> Get();

    /// <summary>Validates and stores the contract, then applies it to every open case under it.</summary>
    Task<ServiceContract> Put(ServiceContract contract);
}

/// <summary>
/// The center's case list, kept by the cases themselves (one summary per case), for the /cases page, the API,
/// the wallboard tile and the breach predictor. Key: "center".
/// </summary>
public interface ICaseBoardGrain : IGrainWithStringKey
{
    [OneWay]
    Task Upsert(CaseSummary summary);

    /// <summary>Validates, filters and pages, most urgent first. A read that never awaits, so it may interleave.</summary>
    [AlwaysInterleave]
    Task<CasePage> Query(CaseQuery query);

    [AlwaysInterleave]
    Task<CaseCounts> GetCounts();

    /// <summary>
    /// Ids of open cases under a contract, for applying a changed contract. Interleaves (it never awaits), so a
    /// contract grain that calls it while the board awaits that contract's terms cannot deadlock.
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> OpenCasesUnder(string contractId);

    /// <summary>
    /// Runs the predictive breach warning now (a wall-clock timer also runs it every 30 s): for every open case not
    /// yet started, predicts its pick-up from its queue's live state and warns the case (ICaseGrain.WarnBreach,
    /// one-way) when the pick-up falls after its first-response due. Returns how many warnings were sent.
    /// </summary>
    Task<int> PredictBreaches();
}

/// <summary>Escalation notices for supervisors and managers, pushed live and acknowledged. Key: "center". Keeps the newest 1,000.</summary>
public interface ICaseNotificationsGrain : IGrainWithStringKey
{
    Task<CaseNotification> Raise(CaseNotification notification);

    /// <summary>Records who acknowledged (the actor) and when, on the notice and on the case timeline. Acknowledging twice is a no-op.</summary>
    Task<CaseNotification> Acknowledge(string notificationId);

    Task<IReadOnlyList<CaseNotification>> GetRecent(NotificationAudience? audience = null, bool unacknowledgedOnly = false, int take = 100);
}
