using Bunit;
using ContactCenter.Dashboard.Components.Cases;
using MudBlazor.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Tests.Cases;

/// <summary>The SLA countdown says its state in words and colours it green, amber, red, grey or blue.</summary>
public sealed class SlaCountdownTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public SlaCountdownTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData(SlaState.OnTrack, 12 * 60, "On track · 12 min left", "sla-ok")]
    [InlineData(SlaState.AtRisk, 4 * 60 + 5, "At risk · 4 min 5 s left", "sla-warn")]
    [InlineData(SlaState.Breached, -5 * 60, "Breached · 5 min ago", "sla-bad")]
    [InlineData(SlaState.OnTrack, -90, "Overdue · 1 min 30 s ago", "sla-bad")]
    [InlineData(SlaState.AtRisk, 0, "Overdue · 0 s ago", "sla-bad")]
    [InlineData(SlaState.OnTrack, 26 * 3600, "On track · 1 d 2 h left", "sla-ok")]
    public void A_running_countdown_reads_its_state_and_time_and_takes_its_colour(SlaState state, int secondsLeft, string text, string colour)
    {
        var sla = Render<SlaCountdown>(p => p.Add(x => x.State, state).Add(x => x.Due, Now.AddSeconds(secondsLeft)).Add(x => x.Now, Now));
        var span = sla.Find("[data-testid=sla]");
        Assert.Equal(text, span.TextContent);
        Assert.Contains(colour, span.ClassList);
    }

    [Fact]
    public void A_paused_countdown_is_grey_and_says_what_is_left_and_a_met_target_is_blue()
    {
        var paused = Render<SlaCountdown>(p => p.Add(x => x.State, SlaState.Paused).Add(x => x.Remaining, TimeSpan.FromHours(3)).Add(x => x.Now, Now));
        Assert.Equal("Paused · 3 h left", paused.Find("[data-testid=sla]").TextContent);
        Assert.Contains("sla-paused", paused.Find("[data-testid=sla]").ClassList);
        var met = Render<SlaCountdown>(p => p.Add(x => x.State, SlaState.Met).Add(x => x.Now, Now));
        Assert.Equal(("Met", true), (met.Find("[data-testid=sla]").TextContent, met.Find("[data-testid=sla]").ClassList.Contains("sla-met")));
    }

    [Fact]
    public void The_countdown_moves_with_now()
    {
        var due = Now.AddMinutes(2);
        var sla = Render<SlaCountdown>(p => p.Add(x => x.State, SlaState.OnTrack).Add(x => x.Due, due).Add(x => x.Now, Now));
        Assert.Equal("On track · 2 min left", sla.Find("[data-testid=sla]").TextContent);
        sla.Render(p => p.Add(x => x.Now, Now.AddSeconds(150)));
        Assert.Equal("Overdue · 30 s ago", sla.Find("[data-testid=sla]").TextContent);
    }

    [Fact]
    public void The_target_counted_down_is_the_first_response_until_work_starts_then_the_resolution()
    {
        var (first, resolution) = (Now.AddHours(1), Now.AddHours(8));
        Assert.Equal(first, SlaView.Due(CaseStatus.Assigned, first, resolution));
        Assert.Equal(resolution, SlaView.Due(CaseStatus.InProgress, first, resolution));
        Assert.Equal(resolution, SlaView.Due(CaseStatus.Reopened, null, resolution));
    }
}
