using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class WallboardTests(LiveDashboard dashboard)
{
    [Fact]
    public async Task A_supervisor_sees_a_queue_tile_count_change_when_a_call_arrives()
    {
        var queueId = $"e2e-{Guid.NewGuid():N}"[..16];
        await dashboard.Grains.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, "E2E Billing",
            [new SkillRequirement($"skill-{queueId}", 1)], new ServiceLevelTarget(80, 20), 300, OverflowTarget.None, [], PriorityWeights.Default));
        var page = await dashboard.SignedInPage("supervisor", "/wallboard");
        var waiting = page.Locator($"[data-testid=tile-{queueId}] [data-testid=waiting]");
        await Assertions.Expect(waiting).ToHaveTextAsync("0", new() { Timeout = 15_000 });

        var created = await page.APIRequest.PostAsync($"{dashboard.BaseUrl}/api/interactions",
            new() { DataObject = new { channel = "Voice", callerId = "+15550100", queueId } });
        Assert.Equal(201, created.Status);
        await Assertions.Expect(waiting).ToHaveTextAsync("1", new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "wallboard.png"), FullPage = true });
    }

    [Fact]
    public async Task An_agent_who_opens_the_wallboard_is_refused()
    {
        // A page asked for wins over the role's landing page (/agent for agents): the wallboard is asked for, so
        // the sign-in redirects to /wallboard, which sends an agent on to /denied.
        var page = await dashboard.SignedInPage("agent-064", "/wallboard");
        await page.WaitForURLAsync("**/denied**", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=denied]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }
}
