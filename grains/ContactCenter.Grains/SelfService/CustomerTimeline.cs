namespace ContactCenter.Grains.SelfService;

/// <summary>
/// The one rule for what a customer may see of their case: that it was opened, its status moves (without the
/// staff's reasons), replies sent to them, and what they wrote themselves. Never notes, assignments, escalations,
/// breach warnings, contracts, priorities, attached articles or any staff name: staff are "Support team".
/// </summary>
public static class CustomerTimeline
{
    public const string You = "You";
    public const string Staff = "Support team";

    public static ServiceRequestView View(string reference, CaseSnapshot c) => new(
        reference, c.Subject, c.Product, c.Status, StatusText(c.Status), c.CreatedAt, c.UpdatedAt,
        c.Timeline.Select(Entry).OfType<CustomerTimelineEntry>().ToArray());

    /// <summary>The customer's words for a status.</summary>
    public static string StatusText(CaseStatus status) => status switch
    {
        CaseStatus.New => "Received: waiting for an agent",
        CaseStatus.Assigned => "An agent has your request",
        CaseStatus.InProgress => "We are working on it",
        CaseStatus.PendingCustomer => "Waiting for your reply",
        CaseStatus.Resolved => "Resolved",
        CaseStatus.Closed => "Closed",
        CaseStatus.Reopened => "Reopened: waiting for an agent",
        _ => "In progress",
    };

    private static CustomerTimelineEntry? Entry(CaseEvent e) => e.Kind switch
    {
        CaseEventKind.Created => new(e.At, CustomerEntryKind.Opened, You, "Request opened"),
        CaseEventKind.StatusChanged when MovedTo(e.Detail) is { } to =>
            new(e.At, CustomerEntryKind.StatusChanged, Author(e), StatusText(to)),
        CaseEventKind.EmailSent => new(e.At, CustomerEntryKind.Reply, Staff, WithoutRecipient(e.Detail)),
        CaseEventKind.CustomerComment => new(e.At, CustomerEntryKind.CustomerComment, You, e.Detail),
        CaseEventKind.EmailReceived => new(e.At, CustomerEntryKind.CustomerEmail, You, e.Detail),
        _ => null,
    };

    private static string Author(CaseEvent e) => e.By == Cases.CaseGrain.CustomerAuthor ? You : Staff;

    /// <summary>The status a "From → To[: reason]" entry moved to; the reason is for staff only.</summary>
    private static CaseStatus? MovedTo(string detail)
    {
        var arrow = detail.IndexOf('→');
        if (arrow < 0) return null;
        var rest = detail[(arrow + 1)..];
        var colon = rest.IndexOf(':');
        return Enum.TryParse<CaseStatus>((colon < 0 ? rest : rest[..colon]).Trim(), out var to) ? to : null;
    }

    /// <summary>A reply's entry reads "To address: subject\n\ntext"; the customer sees the subject and the text.</summary>
    private static string WithoutRecipient(string detail)
    {
        var colon = detail.IndexOf(": ", StringComparison.Ordinal);
        return detail.StartsWith("To ", StringComparison.Ordinal) && colon > 0 ? detail[(colon + 2)..] : detail;
    }
}
