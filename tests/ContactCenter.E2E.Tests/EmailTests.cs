using System.Text.RegularExpressions;
using ContactCenter.Contracts;
using ContactCenter.Grains.Email;

namespace ContactCenter.E2E.Tests;

/// <summary>An email arrives through the API, an agent takes it in the console and replies; the .eml is written and the case shows both.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmailTests(LiveDashboard dashboard)
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 20_000 };
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 20_000 };

    [Fact]
    public async Task An_email_from_the_api_reaches_an_agent_who_replies_and_the_case_shows_both_and_the_eml_exists()
    {
        var queueId = $"e2e-mail-{Guid.NewGuid():N}"[..20];
        var skill = $"skill-{queueId}";
        var mailbox = $"{queueId}@center.example";
        await dashboard.Grains.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, "E2E Mail",
            [new SkillRequirement(skill, 1)], new ServiceLevelTarget(90, 4 * 3600), 24 * 3600, OverflowTarget.None, [], PriorityWeights.Default));
        var rules = dashboard.Grains.GetGrain<IEmailRoutingGrain>("center");
        EmailRouting current;
        try { current = await rules.Get(); }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { current = new EmailRouting([], queueId); } // the demo seeds it only with the simulation on
        await rules.Put(current with { Rules = [new EmailRoutingRule($"e2e {queueId}", mailbox, [], [], queueId, []), .. current.Rules] });
        await dashboard.Grains.GetGrain<IAgentGrain>("agent-062").Configure(
            new AgentProfile("agent-062", "Mia Lindqvist", "Delta", [new SkillLevel(skill, 8)], ChannelCapacity.Default));

        var console = await dashboard.SignedInPage("agent-062", "/agent");
        var presence = console.Locator("[data-testid=presence]");
        await console.Locator("[data-testid=console-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await presence.WaitForAsync(new() { Timeout = 20_000 });
        if (await presence.InnerTextAsync() == "LoggedOut") await console.ClickAsync("[data-testid=login]");
        await Assertions.Expect(presence).Not.ToHaveTextAsync("LoggedOut", Soon);
        await console.ClickAsync("[data-testid=ready]");
        await Assertions.Expect(presence).ToHaveTextAsync("Ready", Soon);

        var admin = await dashboard.SignedInPage("admin", "/");
        var from = $"nora.{Guid.NewGuid():N}@mail.example.com";
        var posted = await admin.Context.APIRequest.PostAsync($"{dashboard.BaseUrl}/api/email/inbound", new()
        {
            DataObject = new
            {
                from = $"Nora Email <{from}>", to = mailbox, subject = "Parcel never arrived",
                body = "Hello,\nmy parcel 4711 never arrived.\nNora", messageId = $"<{Guid.NewGuid():N}@mail.example.com>",
            },
        });
        Assert.Equal(201, posted.Status);
        var caseId = (await posted.JsonAsync())!.Value.GetProperty("caseId").GetString()!;

        await Assertions.Expect(presence).ToHaveTextAsync("Reserved", Soon);
        await console.ClickAsync("[data-testid=accept]");
        await Assertions.Expect(presence).ToHaveTextAsync("Busy", Soon);
        var thread = console.Locator("[data-testid=email-thread]");
        await Assertions.Expect(thread.Locator("[data-testid=email-message]")).ToContainTextAsync("my parcel 4711 never arrived.", new() { Timeout = 20_000 });
        await Assertions.Expect(console.Locator("input[data-testid=reply-subject]")).ToHaveValueAsync($"Re: Parcel never arrived [Case {caseId}]");
        await Assertions.Expect(console.Locator("input[data-testid=reply-to]")).ToHaveValueAsync(from);

        // Wrong input first: an address that is not one is refused, naming the field, and nothing is sent.
        await console.Locator("input[data-testid=reply-to]").FillAsync("not an address");
        await console.Locator("textarea[data-testid=reply-text]").FillAsync("We are sorry: a new parcel left today.");
        await console.ClickAsync("[data-testid=reply-send]");
        await Assertions.Expect(console.GetByText("to must be an email address").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.DoesNotContain((await dashboard.Grains.GetGrain<ICaseGrain>(caseId).GetSnapshot()).Timeline, e => e.Kind == CaseEventKind.EmailSent);

        // Keyboard only: fix the address, tab to the button and press Enter.
        await console.Locator("input[data-testid=reply-to]").FillAsync(from);
        await console.Locator("[data-testid=reply-send]").FocusAsync();
        await console.Keyboard.PressAsync("Enter");
        await Assertions.Expect(console.Locator("[data-testid=reply-status]")).ToContainTextAsync("Sent", SoonContains);
        await Assertions.Expect(thread.Locator("[data-testid=email-message][data-kind=EmailSent]")).ToContainTextAsync("a new parcel left today", SoonContains);
        await console.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "email-console.png"), FullPage = true });

        var sent = (await dashboard.Grains.GetGrain<ICaseGrain>(caseId).GetSnapshot()).Timeline.Single(e => e.Kind == CaseEventKind.EmailSent);
        var eml = Path.Combine(new MailOptions().FolderOrDefault, EmlFolderMail.FileNameFor(sent.Reference!));
        Assert.True(File.Exists(eml), $"no reply file at {eml}");
        var message = await MimeKit.MimeMessage.LoadAsync(eml);
        Assert.Equal((from, $"Re: Parcel never arrived [Case {caseId}]"), (message.To.Mailboxes.Single().Address, message.Subject));
        Assert.Contains("a new parcel left today", message.TextBody);

        var casePage = await dashboard.SignedInPage("supervisor", $"/cases/{caseId}");
        var timeline = casePage.Locator("[data-testid=timeline]");
        await Assertions.Expect(timeline.Locator("[data-kind=EmailReceived]")).ToContainTextAsync("my parcel 4711 never arrived.", SoonContains);
        await Assertions.Expect(timeline.Locator("[data-kind=EmailSent]")).ToContainTextAsync("a new parcel left today", SoonContains);
        await casePage.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "email-case-1440.png"), FullPage = true });
        await casePage.SetViewportSizeAsync(390, 844);
        await casePage.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "email-case-390.png"), FullPage = true });
        await console.SetViewportSizeAsync(390, 844);
        await console.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "email-console-390.png"), FullPage = true });
        Assert.Matches(new Regex("^case-"), caseId);
    }
}
