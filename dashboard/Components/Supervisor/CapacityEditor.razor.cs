using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Supervisor;

/// <summary>Edits an agent's <see cref="ChannelCapacity"/> as one audited operation on the agent grain.</summary>
public sealed partial class CapacityEditor
{
    [Parameter, EditorRequired] public string AgentId { get; set; } = "";
    [Parameter, EditorRequired] public ChannelCapacity Capacity { get; set; } = ChannelCapacity.Default;
    [Parameter] public EventCallback OnChanged { get; set; }
    [Inject] private SupervisorActions Actions { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private Dictionary<Channel, int> Values { get; } = [];
    private bool Blend { get; set; }
    private Dictionary<string, string> Errors { get; } = [];
    private ChannelCapacity? _shown;

    protected override void OnParametersSet()
    {
        if (_shown == Capacity) return;
        _shown = Capacity;
        foreach (var channel in Enum.GetValues<Channel>()) Values[channel] = Capacity.For(channel);
        Blend = Capacity.MixVoiceAndDigital;
    }

    private async Task Save()
    {
        Errors.Clear();
        var capacity = new ChannelCapacity(Values[Channel.Voice], Values[Channel.Chat], Values[Channel.Email], Values[Channel.Callback], Blend);
        try
        {
            await Actions.SetCapacity(AgentId, capacity);
            Snackbar.Add("Capacity saved.", Severity.Success);
            await OnChanged.InvokeAsync();
        }
        catch (ContactCenterException e) when (e is { Kind: ErrorKind.Invalid, Field: { } field }) { Errors[field] = e.Message; }
        catch (ContactCenterException e) { Snackbar.Add(e.Message, Severity.Warning); }
    }
}
