using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>A customer's durable profile.</summary>
[GenerateSerializer, Immutable, Alias("cc.customer-profile")]
public sealed record CustomerProfile(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] string Name,
    [property: Id(2)] double LifetimeValue,
    [property: Id(3)] DateTimeOffset CustomerSince,
    [property: Id(4)] double ChurnRisk = 0,
    [property: Id(5)] string? ContractId = null,
    [property: Id(6)] string? Email = null)
{
    /// <summary>The largest lifetime value a profile may carry.</summary>
    public const double MaxLifetimeValue = 1e12;

    public ValueTier Tier => ValueTiers.FromLifetimeValue(LifetimeValue);

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field.</summary>
    public void Validate()
    {
        Ids.Require(CustomerId, "customerId");
        Bounds.RequireText(Name, "name", Bounds.MaxName);
        Bounds.RequireFinite(LifetimeValue, "lifetimeValue", 0, MaxLifetimeValue);
        Bounds.RequireFinite(ChurnRisk, "churnRisk", 0, 1);
        if (ContractId is not null) Ids.Require(ContractId, "contractId");
        if (Email is not null) EmailAddressRules.RequireAddress(Email, "email");
    }

    /// <summary>The contract the customer's cases run under: their own, else their tier's default.</summary>
    public string EffectiveContractId => ContractId ?? ServiceContracts.DefaultIdFor(Tier);
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
    [property: Id(8)] string? Notes,
    [property: Id(9)] int Transfers = 0,
    [property: Id(10)] int? Satisfaction = null,
    [property: Id(11)] string? TranscriptId = null);

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

    /// <summary>Stores a new churn risk (0..1) set by hand; the next model score replaces it.</summary>
    Task SetChurnRisk(double risk);

    /// <summary>Seeds a profile with its past contacts in one write (demo and imports); scores once at the end.</summary>
    Task Seed(CustomerProfile profile, IReadOnlyList<ContactRecord> history, DateTimeOffset? churnedAt);

    /// <summary>Records a post-contact satisfaction score (1..5) on a contact in the history, and rescores.</summary>
    Task RecordSatisfaction(string interactionId, int score);

    /// <summary>Marks the customer as having left (their features are frozen for training).</summary>
    Task MarkChurned();

    /// <summary>Scores again with the center's current model (after a promotion).</summary>
    Task Rescore();

    /// <summary>The live churn features, risk, top contributions and risk history.</summary>
    Task<CustomerChurnView> GetChurn();

    /// <summary>This customer as a training row: features (frozen if they left) and the label.</summary>
    Task<ChurnTrainingRow> GetTrainingRow();

    /// <summary>A case of this customer changed (sent by the case grain); open, escalated and breached cases feed the churn features.</summary>
    Task RecordCase(CustomerCase customerCase);

    /// <summary>The customer's cases, newest first; open ones only unless asked (the screen pop shows open cases).</summary>
    Task<IReadOnlyList<CustomerCase>> GetCases(bool openOnly = true);
}
