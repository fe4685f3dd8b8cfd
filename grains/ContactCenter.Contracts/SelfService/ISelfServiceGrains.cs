namespace ContactCenter.Contracts;

/// <summary>
/// One customer's service request, opened without a staff account. Key: the reference (see
/// <see cref="SelfServiceReferences"/>). It owns the secret token's salted hash (never the token) and the case id.
/// A wrong token and an unknown reference are refused alike: NotFound with <see cref="SelfServiceReferences.NotRight"/>,
/// after the same hashing work, so the answer reveals nothing about whether the reference exists.
/// </summary>
public interface ISelfServiceRequestGrain : IGrainWithStringKey
{
    /// <summary>
    /// Validates the form (400 naming the field), matches the email to a customer or creates a web customer, opens a
    /// case (Origin Email, in the product's queue) and answers the reference with a fresh token, shown only this once.
    /// A reference already in use is a conflict (the caller draws another).
    /// </summary>
    Task<ServiceRequestReceipt> Open(ServiceRequestForm form);

    /// <summary>The customer-facing status and timeline, when the token is right.</summary>
    Task<ServiceRequestView> View(string? token);

    /// <summary>The customer adds a comment (a PendingCustomer case goes back to InProgress); answers the updated view.</summary>
    Task<ServiceRequestView> Comment(string? token, string? text);
}

/// <summary>
/// The products customers choose from on the help page, each mapped to the queue its requests go to. Key: "center".
/// Until someone puts a list, the built-in list (the demo center's queues) answers.
/// </summary>
public interface ISelfServiceCatalogGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<SelfServiceProduct>> GetProducts();

    /// <summary>Replaces the list: validated (400 naming products[i].field; every queue must exist). The API lets only Supervisor and Admin call it.</summary>
    Task<IReadOnlyList<SelfServiceProduct>> PutProducts(IReadOnlyList<SelfServiceProduct> products);
}
