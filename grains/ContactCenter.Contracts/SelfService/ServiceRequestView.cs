namespace ContactCenter.Contracts;

/// <summary>What a customer sees on a timeline entry: never internal notes, escalations or staff names.</summary>
public enum CustomerEntryKind { Opened, StatusChanged, Reply, CustomerComment, CustomerEmail }

/// <summary>One customer-facing timeline entry. Author is "You" for the customer, else "Support team".</summary>
[GenerateSerializer, Immutable, Alias("cc.customer-timeline-entry")]
public sealed record CustomerTimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] CustomerEntryKind Kind,
    [property: Id(2)] string Author,
    [property: Id(3)] string Text);

/// <summary>A service request as its customer sees it, given the right reference and token.</summary>
[GenerateSerializer, Immutable, Alias("cc.service-request-view")]
public sealed record ServiceRequestView(
    [property: Id(0)] string Reference,
    [property: Id(1)] string Subject,
    [property: Id(2)] string? Product,
    [property: Id(3)] CaseStatus Status,
    [property: Id(4)] string StatusText,
    [property: Id(5)] DateTimeOffset OpenedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] IReadOnlyList<CustomerTimelineEntry> Timeline);
