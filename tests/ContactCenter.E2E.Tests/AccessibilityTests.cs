using ContactCenter.Contracts;
using ContactCenter.Simulation;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// Every routable page, opened by the role that uses it, scanned by axe-core. Critical and serious findings
/// fail; the rest are printed. Findings on pages another engineer owns that are already reported to them are
/// listed in <see cref="KnownElsewhere"/>: printed, not failed, so a new finding still fails.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(LiveDashboard dashboard, ITestOutputHelper output)
{
    private const string Interaction = "{interaction}";
    private const string Customer = "a11y-customer";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static string? _interactionId;

    /// <summary>
    /// (page, rule id) found on 2026-12-03 on pages the wallboard work does not own, and reported to their owners.
    /// Remove a line when its page is fixed; a finding that is not listed fails.
    /// </summary>
    private static readonly HashSet<(string Page, string Rule)> KnownElsewhere =
    [
        ("/queues/billing", "select-name"),                    // supervisor: the "move to queue" <select> has no label
        ("/agents", "color-contrast"),                          // supervisor: red "Log out" text buttons
        ("/denied", "color-contrast"),                          // security: the warning alert's text
        ("/no-such-page", "document-title"),                    // security: the 404 is a plain-text status page
        ("/no-such-page", "html-has-lang"),                     // security: same page
        ("/analyst/at-risk", "color-contrast"),                 // analyst workspace: RiskChip text on its colour
        ($"/analyst/customers/{Customer}", "color-contrast"),  // analyst workspace: same chip
        ("/analyst/model", "color-contrast"),                   // analyst workspace: the info alert's text
        ("/analyst/model", "aria-progressbar-name"),            // analyst workspace: importance and progress bars without a name (once a model exists)
        ($"/analyst/customers/{Customer}", "aria-input-field-name"), // analyst workspace: the contributions listbox has no name (once scored)
    ];

    public static TheoryData<string?, string> Pages => new()
    {
        { null, "/login" },
        { "supervisor", "/" },
        { "supervisor", "/wallboard" },
        { "supervisor", "/wallboard?big=1" },
        { "supervisor", "/agents" },
        { "supervisor", "/queues/billing" },
        { "supervisor", $"/interactions/{Interaction}" },
        { "agent-062", "/agent" },
        { "analyst", "/analyst/at-risk" },
        { "analyst", $"/analyst/customers/{Customer}" },
        { "analyst", "/analyst/model" },
        { "agent-062", "/denied" },
        { "supervisor", "/no-such-page" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_no_serious_or_critical_accessibility_violation(string? user, string path)
    {
        var url = path.Replace(Interaction, await InteractionId());
        var page = user is null ? await Anonymous(url) : await dashboard.SignedInPage(user, url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var failing = new List<string>();
        foreach (var v in result.Violations)
        {
            var serious = v.Impact is "critical" or "serious";
            var known = KnownElsewhere.Contains((path, v.Id));
            foreach (var node in v.Nodes)
                output.WriteLine($"{v.Impact,-9} {v.Id} {(known ? "(known, reported) " : "")}on {path}: {node.Target} {Trim(node.Html)}");
            if (serious && !known) failing.Add($"{v.Impact} {v.Id} on {path}: {v.Help} ({string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))})");
        }
        await File.AppendAllLinesAsync(Path.Combine(LiveDashboard.Artifacts, "axe-findings.txt"),
            result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Impact}\t{v.Id}\t{path}\t{n.Target}\t{Trim(n.Html)}\t{v.Help}")));
        Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
    }

    private async Task<IPage> Anonymous(string path)
    {
        var page = await (await dashboard.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync($"{dashboard.BaseUrl}{path}");
        return page;
    }

    /// <summary>A demo queue, a customer and one routed interaction, made once for all the pages.</summary>
    private async Task<string> InteractionId()
    {
        await Once.WaitAsync();
        try
        {
            if (_interactionId is not null) return _interactionId;
            await WallboardDemo.Seed(dashboard.Grains);
            await DemoAgent("agent-062");
            await dashboard.Grains.GetGrain<ICustomerGrain>(Customer).Upsert(new CustomerProfile(Customer, "Alex Morgan", 6_400, DateTimeOffset.UtcNow.AddYears(-2), 0.4));
            return _interactionId = (await WallboardDemo.Call(dashboard.Grains, "billing", Customer)).InteractionId;
        }
        finally { Once.Release(); }
    }

    /// <summary>The demo seeds the agent users' agents; this dashboard runs without the seeder, so make the one the console opens.</summary>
    private async Task DemoAgent(string agentId)
    {
        var agent = dashboard.Grains.GetGrain<IAgentGrain>(agentId);
        try { await agent.GetSnapshot(); }
        catch (ContactCenterException) { await agent.Configure(DemoCenter.Agents(42).Single(a => a.AgentId == agentId)); }
    }

    private static string Trim(string? html) => html is null ? "" : html.Length <= 120 ? html : html[..120] + "…";
}
