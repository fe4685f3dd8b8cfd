using ContactCenter.Grains.SelfService;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;

namespace ContactCenter.Tests.SelfService;

/// <summary>A self-service world: a fresh queue behind a fresh product, forms, and a look into the request's storage.</summary>
public sealed class SelfServiceWorld(ClusterFixture fixture)
{
    public CenterBuilder Center { get; } = new(fixture);
    public IGrainFactory Grains => fixture.Grains;

    public ISelfServiceRequestGrain Request(string reference) => Grains.GetGrain<ISelfServiceRequestGrain>(reference);
    public ICaseGrain Case(string id) => Grains.GetGrain<ICaseGrain>(id);

    /// <summary>Puts a catalog of one product whose queue is new; answers the product id and queue.</summary>
    public async Task<(string Product, string Queue)> Product()
    {
        var queue = await Center.NewQueue(CenterBuilder.Skill("web"));
        var product = CenterBuilder.Key("router");
        await Grains.GetGrain<ISelfServiceCatalogGrain>(SelfServiceReferences.CatalogKey)
            .PutProducts([new SelfServiceProduct(product, "Routers", queue)]);
        return (product, queue);
    }

    public static ServiceRequestForm Form(string product) =>
        new("Mia Jones", "mia.jones@example.com", "My router keeps rebooting", "Since Monday, every hour.", product);

    public async Task<ServiceRequestReceipt> Open(string product) => await Request(SelfServiceReferences.New()).Open(Form(product));

    /// <summary>The request's record as the grain storage holds it.</summary>
    public async Task<SelfServiceRequestState> Stored(string reference)
    {
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>("cc");
        var state = new GrainState<SelfServiceRequestState>(new SelfServiceRequestState());
        await storage.ReadStateAsync("self-service", Request(reference).GetGrainId(), state);
        return state.State ?? new SelfServiceRequestState();
    }

    public static async Task<ContactCenterException> Refused(Func<Task> call, ErrorKind kind, string? field = null)
    {
        var error = await Assert.ThrowsAsync<ContactCenterException>(call);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(field, error.Field);
        return error;
    }
}
