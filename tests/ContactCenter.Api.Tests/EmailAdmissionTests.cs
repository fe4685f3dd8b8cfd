using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Grains.Email;

namespace ContactCenter.Api.Tests;

/// <summary>Inbound mail shares the create admission limit: past it a gateway gets 503 with Retry-After, and its retry is taken.</summary>
public sealed class EmailAdmissionTests(AdmissionFactory factory) : IClassFixture<AdmissionFactory>
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(20);

    private static object Mail(string messageId) => new
    {
        from = $"busy.{Guid.NewGuid():N}@mail.example.com", to = "support@center.example", subject = "Busy day", body = "Hello", messageId = $"<{messageId}>",
    };

    [Fact]
    public async Task An_email_past_the_limit_is_refused_with_503_and_Retry_After_and_its_retry_is_accepted_once()
    {
        var api = new ApiClient(factory, "admin");
        var queue = await api.NewQueue(ApiClient.Key("email"));
        Assert.Equal(HttpStatusCode.OK, (await api.Put("/api/email/rules", new { defaultQueueId = queue, rules = Array.Empty<object>() })).Status);
        var (held, refused) = ($"{Guid.NewGuid():N}@mail.example.com", $"{Guid.NewGuid():N}@mail.example.com");
        var (entered, release) = factory.Gate.Hold(EmailThreading.InteractionIdFor(held));
        var first = api.Post("/api/email/inbound", Mail(held));
        await entered.WaitAsync(Bounded);

        var client = await factory.SignedIn("admin");
        using var response = await client.PostAsJsonAsync("/api/email/inbound", Mail(refused));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"/api/interactions/{EmailThreading.InteractionIdFor(refused)}")).Status);

        release();
        Assert.Equal(HttpStatusCode.Created, (await first.WaitAsync(Bounded)).Status);
        var retry = await api.Post("/api/email/inbound", Mail(refused));
        Assert.Equal(HttpStatusCode.Created, retry.Status);
        Assert.Equal(queue, retry.Body!["queueId"]!.GetValue<string>());
    }
}
