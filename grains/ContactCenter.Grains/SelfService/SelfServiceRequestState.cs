namespace ContactCenter.Grains.SelfService;

/// <summary>A request's durable state: the case it opened and the token's salted hash. Exists once CaseId is set.</summary>
[GenerateSerializer, Alias("cc.self-service-request-state")]
public sealed class SelfServiceRequestState
{
    [Id(0)] public string? CaseId { get; set; }
    [Id(1)] public string? CustomerId { get; set; }
    [Id(2)] public byte[]? Salt { get; set; }
    [Id(3)] public byte[]? TokenHash { get; set; }
    [Id(4)] public DateTimeOffset OpenedAt { get; set; }
}

/// <summary>The product list once someone put one; null means the built-in list.</summary>
[GenerateSerializer, Alias("cc.self-service-catalog-state")]
public sealed class SelfServiceCatalogState
{
    [Id(0)] public List<SelfServiceProduct>? Products { get; set; }
}
