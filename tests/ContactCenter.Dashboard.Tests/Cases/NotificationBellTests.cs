using Bunit;
using ContactCenter.Dashboard.Components.Cases;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ContactCenter.Dashboard.Tests.Cases;

/// <summary>
/// The app bar's bell on the dashboard's real embedded cluster: notices arrive through the live feed (a pushed
/// batch) without a reload, each audience sees its own, and acknowledging records who did it.
/// </summary>
public sealed class NotificationBellTests(DashboardFactory factory) : IClassFixture<DashboardFactory>, IAsyncDisposable
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(15);
    private readonly BunitContext _bunit = new();
    private LiveFeed Feed => factory.Services.GetRequiredService<LiveFeed>();

    private IRenderedComponent<NotificationBell> Bell(string user, string role) => Bell2(_bunit, user, role);

    private static CaseNotification Notice(NotificationAudience audience, string? id = null) => new(
        id ?? $"n-{Guid.NewGuid():N}", $"case-{Guid.NewGuid():N}"[..15], "Printer on fire", EscalationStep.SupervisorNotified, audience, "Delta",
        "billing", "Not started 20 minutes after it was reassigned", DateTimeOffset.UtcNow);

    private static int Count(IRenderedComponent<NotificationBell> bell) =>
        bell.FindAll("[data-testid=bell-count]") is { Count: 1 } badge ? int.Parse(badge[0].TextContent) : 0;

    [Fact]
    public async Task A_pushed_notice_appears_at_once_with_a_link_to_its_case_and_raises_the_count()
    {
        var bell = Bell("supervisor", "Supervisor");
        var before = Count(bell);
        var notice = Notice(NotificationAudience.Supervisors);

        await Feed.OnLive(new LiveBatch([], [], DateTimeOffset.UtcNow, [notice]));

        bell.WaitForAssertion(() => Assert.Equal(before + 1, Count(bell)), Soon);
        var item = bell.Find($"[data-notification={notice.NotificationId}]");
        Assert.Equal($"/cases/{notice.CaseId}", item.QuerySelector("[data-testid=notification-link]")!.GetAttribute("href"));
        Assert.NotNull(item.QuerySelector("[data-testid=acknowledge]"));

        await Feed.OnLive(new LiveBatch([], [], DateTimeOffset.UtcNow, [notice with { AcknowledgedBy = "sam", AcknowledgedAt = DateTimeOffset.UtcNow }]));

        bell.WaitForAssertion(() => Assert.Equal(before, Count(bell)), Soon);
        Assert.Equal("Acknowledged by sam", bell.Find($"[data-notification={notice.NotificationId}] [data-testid=acknowledged-by]").TextContent);
    }

    [Fact]
    public async Task A_supervisor_does_not_see_the_managers_notices_and_an_admin_does()
    {
        var supervisor = Bell("supervisor", "Supervisor");
        var managers = Notice(NotificationAudience.Managers);
        var marker = Notice(NotificationAudience.Supervisors);

        await Feed.OnLive(new LiveBatch([], [], DateTimeOffset.UtcNow, [managers, marker]));

        supervisor.WaitForElement($"[data-notification={marker.NotificationId}]", Soon);
        Assert.Empty(supervisor.FindAll($"[data-notification={managers.NotificationId}]"));
        await using var other = new BunitContext();
        // A bell opened later still shows notices pushed before it, kept by the feed.
        var admin = Bell2(other, "admin", "Admin");
        admin.WaitForElement($"[data-notification={managers.NotificationId}]", Soon);
    }

    [Fact]
    public async Task Acknowledging_a_raised_notice_records_who_did_it()
    {
        var bell = Bell("supervisor", "Supervisor");
        var raised = await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ICaseNotificationsGrain>("center")
            .Raise(Notice(NotificationAudience.Supervisors) with { NotificationId = "" });

        // Raised in the silo, pushed through the live publisher to the dashboard's feed, then to the bell.
        bell.WaitForElement($"[data-notification={raised.NotificationId}] [data-testid=acknowledge]", Soon).Click();

        bell.WaitForAssertion(() => Assert.Equal("Acknowledged by supervisor",
            bell.Find($"[data-notification={raised.NotificationId}] [data-testid=acknowledged-by]").TextContent), Soon);
        var stored = (await factory.Services.GetRequiredService<CaseQueries>().Notifications([NotificationAudience.Supervisors], take: 1_000))
            .Single(n => n.NotificationId == raised.NotificationId);
        Assert.Equal("supervisor", stored.AcknowledgedBy);
    }

    private IRenderedComponent<NotificationBell> Bell2(BunitContext context, string user, string role)
    {
        var auth = context.AddAuthorization();
        context.Services.AddMudServices();
        context.Services.AddSingleton(Feed);
        context.Services.AddSingleton(factory.Services.GetRequiredService<CaseQueries>());
        context.Services.AddSingleton(factory.Services.GetRequiredService<CaseCommands>());
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        auth.SetAuthorized(user);
        auth.SetRoles(role);
        var bell = context.Render<NotificationBell>();
        bell.Find("[data-testid=bell-button]").Click();
        return bell;
    }

    public ValueTask DisposeAsync() => _bunit.DisposeAsync();
}
