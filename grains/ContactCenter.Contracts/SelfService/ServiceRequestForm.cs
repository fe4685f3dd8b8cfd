using System.Net.Mail;
using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>What a customer fills in to open a service request on the public help page (no staff account).</summary>
[GenerateSerializer, Immutable, Alias("cc.service-request-form")]
public sealed record ServiceRequestForm(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Email,
    [property: Id(2)] string? Subject,
    [property: Id(3)] string? Description,
    [property: Id(4)] string? Product)
{
    public const int MaxName = 100;
    public const int MaxSubject = 150;
    public const int MaxDescription = 4_000;

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field; whether the product exists is the catalog's question.</summary>
    public void Validate()
    {
        Bounds.RequireText(Name, "name", MaxName);
        RequireEmail(Email);
        Bounds.RequireText(Subject, "subject", MaxSubject);
        if (string.IsNullOrWhiteSpace(Description)) throw ContactCenterException.Invalid("description", "description is required.");
        Bounds.RequireOptionalText(Description, "description", MaxDescription, multiLine: true);
        if (string.IsNullOrWhiteSpace(Product)) throw ContactCenterException.Invalid("product", "product is required: choose one of the listed products.");
        Ids.Require(Product, "product");
    }

    private static void RequireEmail(string? email)
    {
        Bounds.RequireText(email, "email", EmailAddresses.MaxLength);
        var trimmed = email!.Trim();
        // One plain address (no display name, no list) with a dotted domain.
        if (!MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed || parsed.DisplayName.Length > 0
            || !parsed.Host.Contains('.') || parsed.Host.StartsWith('.') || parsed.Host.EndsWith('.'))
            throw ContactCenterException.Invalid("email", "email must be one address such as name@example.com.");
    }
}

/// <summary>
/// What the customer is given once: the reference to quote and the secret token that proves the request is theirs.
/// The token is never stored (only a salted hash) and cannot be shown again.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.service-request-receipt")]
public sealed record ServiceRequestReceipt(
    [property: Id(0)] string Reference,
    [property: Id(1)] string Token);

/// <summary>One product a customer may choose, and the queue its requests go to.</summary>
[GenerateSerializer, Immutable, Alias("cc.self-service-product")]
public sealed record SelfServiceProduct(
    [property: Id(0)] string ProductId,
    [property: Id(1)] string Name,
    [property: Id(2)] string QueueId)
{
    public const int MaxProducts = 50;

    /// <summary>Checks one product; <paramref name="at"/> is its JSON path, such as "products[2]".</summary>
    public void Validate(string at)
    {
        Ids.Require(ProductId, $"{at}.productId");
        Bounds.RequireText(Name, $"{at}.name", Bounds.MaxName);
        Ids.Require(QueueId, $"{at}.queueId");
    }
}
