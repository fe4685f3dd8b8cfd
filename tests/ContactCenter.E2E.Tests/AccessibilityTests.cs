using ContactCenter.Contracts;
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

    /// <summary>(page, rule id): reported in the wallboard work's report, to be fixed by the page's owner.</summary>
    private static readonly HashSet<(string Page, string Rule)> KnownElsewhere = [];

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
            result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Impact}\t{v.Id}\t{path}\t{n.Target}")));
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
            await dashboard.Grains.GetGrain<ICustomerGrain>(Customer).Upsert(new CustomerProfile(Customer, "Alex Morgan", 6_400, DateTimeOffset.UtcNow.AddYears(-2), 0.4));
            return _interactionId = (await WallboardDemo.Call(dashboard.Grains, "billing", Customer)).InteractionId;
        }
        finally { Once.Release(); }
    }

    private static string Trim(string? html) => html is null ? "" : html.Length <= 120 ? html : html[..120] + "…";
}
