namespace ContactCenter.Contracts;

/// <summary>A customer's durable profile.</summary>
[GenerateSerializer, Immutable, Alias("cc.customer-profile")]
public sealed record CustomerProfile(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] string Name,
    [property: Id(2)] double LifetimeValue,
    [property: Id(3)] DateTimeOffset CustomerSince,
    [property: Id(4)] double ChurnRisk = 0)
{
    public ValueTier Tier => ValueTiers.FromLifetimeValue(LifetimeValue);
}

public static class ValueTiers
{
    public const double Gold = 5_000;
    public const double Platinum = 20_000;

    public static ValueTier FromLifetimeValue(double value) =>
        value >= Platinum ? ValueTier.Platinum : value >= Gold ? ValueTier.Gold : ValueTier.Standard;
}

/// <summary>One past contact, as shown on a screen pop.</summary>
[GenerateSerializer, Immutable, Alias("cc.contact-record")]
public sealed record ContactRecord(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] Channel Channel,
    [property: Id(2)] string? QueueId,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] InteractionStatus Outcome,
    [property: Id(5)] string? AgentId,
    [property: Id(6)] double WaitSeconds,
    [property: Id(7)] string? WrapUpCode,
    [property: Id(8)] string? Notes);

/// <summary>What routing needs to know about a customer.</summary>
[GenerateSerializer, Immutable, Alias("cc.customer-routing")]
public sealed record CustomerRoutingInfo(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] ValueTier Tier,
    [property: Id(2)] double LifetimeValue,
    [property: Id(3)] double ChurnRisk)
{
    public static CustomerRoutingInfo Anonymous(string? id) => new(id ?? "", ValueTier.Standard, 0, 0);
}

[GenerateSerializer, Immutable, Alias("cc.customer-snapshot")]
public sealed record CustomerSnapshot(
    [property: Id(0)] CustomerProfile Profile,
    [property: Id(1)] ValueTier Tier,
    [property: Id(2)] IReadOnlyList<ContactRecord> RecentContacts);

/// <summary>One customer: profile, value tier, churn risk and a capped recent contact history.</summary>
public interface ICustomerGrain : IGrainWithStringKey
{
    Task<CustomerSnapshot> Upsert(CustomerProfile profile);
    Task<CustomerSnapshot> GetSnapshot();

    /// <summary>Routing facts; an unknown customer routes as Standard with no churn risk.</summary>
    Task<CustomerRoutingInfo> GetRoutingInfo();

    /// <summary>Appends a finished contact; only the most recent ones are kept.</summary>
    Task AppendContact(ContactRecord contact);

    /// <summary>Stores a new churn risk (0..1).</summary>
    Task SetChurnRisk(double risk);
}
