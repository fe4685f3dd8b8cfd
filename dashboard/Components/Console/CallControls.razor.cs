using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.Components.Console;

/// <summary>
/// Hold, mute, hang up, and consult or transfer to a queue or an agent chosen by name from those who can take
/// the call now. The interaction grain owns the call state; this only shows it and sends commands.
/// </summary>
public sealed partial class CallControls
{
    private readonly Dictionary<string, string> _names = [];

    [Parameter, EditorRequired] public WorkItem Item { get; set; } = null!;
    [Parameter] public DateTimeOffset Now { get; set; }
    [Parameter] public EventCallback<string> OnError { get; set; }
    [Inject] private AgentConsole Console { get; set; } = null!;

    private CallState Call => Item.Call ?? CallState.Idle(Item.ConnectedAt ?? Now) with { At = Item.ConnectedAt ?? Now };
    private IReadOnlyList<CallTarget> Targets { get; set; } = [];
    private string? TargetKey { get; set; }
    private CallTarget? Target => Targets.FirstOrDefault(t => t.Key == TargetKey);

    private string HoldFor => Call.HoldSince is { } since ? Pages.AgentConsolePage.Format(Now - since) : "";
    private string HoldTotal => Pages.AgentConsolePage.Format(TimeSpan.FromSeconds(Call.HoldSeconds + (Call.OnHold ? SinceChange : 0)));

    /// <summary>Seconds since the grain last sent the call's totals; the page's clock ticks once a second, so never below 0.</summary>
    private double SinceChange => Math.Max(0, (Now - Call.At).TotalSeconds);
    private string ConsultName => Call.Consult is { } c ? _names.GetValueOrDefault(c.AgentId, "the other agent") : "";
    private IEnumerable<string> PartyNames => Call.Parties.Select(p => _names.GetValueOrDefault(p, "another agent"));

    protected override async Task OnParametersSetAsync()
    {
        var ids = Call.Parties.Concat(Call.Consult is { } c ? [c.AgentId] : []);
        foreach (var id in ids.Where(id => !_names.ContainsKey(id))) _names[id] = await Console.NameOf(id);
        if (Targets.Count == 0) await LoadTargets();
    }

    private async Task LoadTargets()
    {
        Targets = await Console.TargetsFor(Item.Channel);
        if (Target is null) TargetKey = null;
    }

    private async Task Run(Func<Task> command)
    {
        try { await command(); }
        catch (ContactCenterException e) { await OnError.InvokeAsync(e.Message); }
    }
}
