using ContactCenter.Contracts;
using ContactCenter.Demo;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// Every routable page, opened by the role that uses it, scanned by axe-core. Critical and serious findings
/// fail; the rest are printed. No finding is tolerated.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(LiveDashboard dashboard, ITestOutputHelper output)
{
    private const string Interaction = "{interaction}";
    private const string Customer = "a11y-customer";
    private const string Case = "{case}";
    private const string CaseId = "case-a11yseed01";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static string? _interactionId;

    public static TheoryData<string?, string> Pages => new()
    {
        { null, "/login" },
        { null, "/chat" },
        { null, "/help" },
        { "supervisor", "/" },
        { "supervisor", "/wallboard" },
        { "supervisor", "/wallboard?big=1" },
        { "supervisor", "/agents" },
        { "supervisor", "/queues/billing" },
        { "supervisor", $"/interactions/{Interaction}" },
        { "supervisor", "/cases" },
        { "supervisor", $"/cases/{Case}" },
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
        var url = path.Replace(Interaction, await InteractionId()).Replace(Case, CaseId);
        var page = user is null ? await Anonymous(url) : await dashboard.SignedInPage(user, url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var failing = new List<string>();
        foreach (var v in result.Violations)
        {
            var serious = v.Impact is "critical" or "serious";
            foreach (var node in v.Nodes)
                output.WriteLine($"{v.Impact,-9} {v.Id} on {path}: {node.Target} {Trim(node.Html)}");
            if (serious) failing.Add($"{v.Impact} {v.Id} on {path}: {v.Help} ({string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))})");
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
            _interactionId = (await WallboardDemo.Call(dashboard.Grains, "billing", Customer)).InteractionId;
            await dashboard.Grains.GetGrain<ICaseGrain>(CaseId).Create(new CaseDraft(Customer, "Billing dispute", "billing", CasePriority.High,
                Channel.Voice, "Charged twice for March", null, _interactionId));
            await dashboard.Grains.GetGrain<ICaseGrain>(CaseId).AddNote("Refund requested");
            return _interactionId;
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
