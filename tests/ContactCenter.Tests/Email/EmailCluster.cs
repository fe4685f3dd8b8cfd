namespace ContactCenter.Tests.Email;

/// <summary>A cluster of its own for email tests: they replace the center's one set of email routing rules.</summary>
public sealed class EmailClusterFixture : ClusterFixture;

[CollectionDefinition(Name)]
public sealed class EmailClusterCollection : ICollectionFixture<EmailClusterFixture>
{
    public const string Name = "email-cluster";
}

/// <summary>Email worlds with fresh keys: a queue (routed to by default), customers with addresses, messages.</summary>
public sealed class EmailWorld(ClusterFixture fixture)
{
    public CenterBuilder Center { get; } = new(fixture);
    public IGrainFactory Grains => fixture.Grains;
    public DateTimeOffset Now => fixture.Time.GetUtcNow();
    public void Advance(TimeSpan by) => fixture.Time.Advance(by);

    public static string Address(string who = "someone") => $"{who}.{Guid.NewGuid():N}@mail.example.com";

    public static string MessageId() => $"<{Guid.NewGuid():N}@mail.example.com>";

    /// <summary>A queue that takes every email (the default of fresh routing rules), and the routing itself.</summary>
    public async Task<string> RouteAllTo(params EmailRoutingRule[] rules)
    {
        var queue = await Center.NewQueue(CenterBuilder.Skill("email"));
        await Grains.GetGrain<IEmailRoutingGrain>("center").Put(new EmailRouting(rules, queue));
        return queue;
    }

    public async Task<(string Id, string Email)> Customer()
    {
        var id = CenterBuilder.Key("cust");
        var email = Address("customer");
        await Center.Customer(id).Upsert(new CustomerProfile(id, "Mail Customer", 1_000, Now.AddYears(-1), Email: email));
        return (id, email);
    }

    public Task<EmailAccepted> Receive(InboundEmail email) => Grains.GetGrain<IEmailIntakeGrain>(InboundEmail.Bare(email.MessageId)).Receive(email);

    public static InboundEmail Mail(string from, string subject = "My router keeps rebooting", string body = "Since Monday it restarts every hour.",
        string to = "support@center.example", string? inReplyTo = null, IReadOnlyList<string>? references = null) =>
        new(from, to, subject, body, MessageId(), inReplyTo, references);

    public Task<CaseSnapshot> Case(string caseId) => Grains.GetGrain<ICaseGrain>(caseId).GetSnapshot();
}
