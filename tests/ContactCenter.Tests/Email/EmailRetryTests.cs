using System.Net;
using System.Net.Sockets;
using ContactCenter.Grains.Email;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Tests.Email;

/// <summary>A cluster whose replies go to an SMTP relay that is not there (a loopback port nobody listens on).</summary>
public sealed class DeadRelayClusterFixture : ClusterFixture
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<MailOptions>(o => o.Smtp = new SmtpOptions { Host = "127.0.0.1", Port = ClosedPort(), Security = "None" });

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

[CollectionDefinition(Name)]
public sealed class DeadRelayClusterCollection : ICollectionFixture<DeadRelayClusterFixture>
{
    public const string Name = "dead-relay-cluster";
}

/// <summary>A reply the relay refuses is kept on the case, retried by its reminder with backoff, and finally marked Failed on the case.</summary>
[Collection(DeadRelayClusterCollection.Name)]
public sealed class EmailRetryTests(DeadRelayClusterFixture fixture)
{
    private readonly EmailWorld _world = new(fixture);

    [Fact]
    public async Task A_reply_the_relay_refuses_is_on_the_case_retried_by_its_reminder_and_finally_failed_on_the_timeline()
    {
        await _world.RouteAllTo();
        var (_, email) = await _world.Customer();
        var opened = await _world.Receive(EmailWorld.Mail(email));
        var replyId = CenterBuilder.Key("reply");
        var outbox = _world.Grains.GetGrain<IEmailOutboxGrain>(replyId);

        var first = await outbox.Send(new EmailReplyDraft(opened.CaseId, email, "Re: router", "Please restart it."));

        Assert.Equal((EmailDeliveryStatus.Retrying, 1, _world.Now.AddMinutes(1)), (first.Status, first.Attempts, first.NextAttemptAt));
        Assert.NotNull(first.LastError);
        Assert.Single((await _world.Case(opened.CaseId)).Timeline, e => e.Kind == CaseEventKind.EmailSent && e.Reference == first.MessageId);

        for (var attempt = 2; attempt <= EmailOutboxGrain.MaxAttempts; attempt++)
            await outbox.AsReference<IRemindable>().ReceiveReminder("send", default);

        var last = await outbox.GetDelivery();
        Assert.Equal((EmailDeliveryStatus.Failed, EmailOutboxGrain.MaxAttempts, (DateTimeOffset?)null), (last.Status, last.Attempts, last.NextAttemptAt));
        Assert.Contains((await _world.Case(opened.CaseId)).Timeline, e => e.Kind == CaseEventKind.Note && e.Detail.Contains("could not be sent after 6 attempts"));
    }
}
