using System.Net;

namespace ContactCenter.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class DiagnosticsTests(ApiFactory factory)
{
    [Fact]
    public async Task Only_an_admin_reads_the_dashboards_memory()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await new ApiClient(factory, "supervisor").Get("/api/diagnostics/memory")).Status);

        var (status, body) = await new ApiClient(factory).Get("/api/diagnostics/memory?collect=true");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body!["workingSetBytes"]!.GetValue<long>() > body["managedHeapBytes"]!.GetValue<long>());
        Assert.True(body["managedHeapBytes"]!.GetValue<long>() > 0);
        Assert.Equal(0, body["circuits"]!.GetValue<int>());
    }
}
