namespace ContactCenter.Contracts;

/// <summary>A message as a mail gateway delivers it (text body; MIME is parsed at the edge with MimeKit).</summary>
[GenerateSerializer, Immutable, Alias("cc.inbound-email")]
public sealed record InboundEmail(
    [property: Id(0)] string From,
    [property: Id(1)] string To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Body,
    [property: Id(4)] string MessageId,
    [property: Id(5)] string? InReplyTo = null,
    [property: Id(6)] IReadOnlyList<string>? References = null);

/// <summary>Where an inbound message went: the case it threaded into (or opened), the Email interaction queued for it.</summary>
[GenerateSerializer, Immutable, Alias("cc.email-accepted")]
public sealed record EmailAccepted(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string InteractionId,
    [property: Id(2)] string? CustomerId,
    [property: Id(3)] bool Threaded,
    [property: Id(4)] string QueueId,
    [property: Id(5)] bool Duplicate = false);
