using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Console;

/// <summary>
/// The offer ring: a WebAudio beep and a browser notification (wwwroot/js/agent-ring.js), each switchable,
/// kept in the browser's localStorage. Notification permission is asked only when the agent switches it on.
/// </summary>
public sealed partial class RingSettings
{
    private IJSObjectReference? _module;

    [Inject] private IJSRuntime Js { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private bool Sound { get; set; } = true;
    private bool Notify { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        _module = await Js.InvokeAsync<IJSObjectReference>("import", "./js/agent-ring.js");
        var settings = await _module.InvokeAsync<Settings>("loadSettings");
        (Sound, Notify) = (settings.Sound, settings.Notify);
        StateHasChanged();
    }

    /// <summary>Rings for one new offer with whatever the agent has switched on.</summary>
    public async Task Ring(string title, string body, string tag)
    {
        if (_module is null) return;
        try
        {
            if (Sound) await _module.InvokeAsync<bool>("ring");
            if (Notify) await _module.InvokeAsync<bool>("notify", title, body, tag);
        }
        catch (JSException) { /* a browser without audio or notifications still shows the offer */ }
        catch (JSDisconnectedException) { }
    }

    private async Task SetSound(bool on)
    {
        Sound = on;
        if (_module is null) return;
        if (on) await _module.InvokeAsync<string>("prepareSound");
        await Save();
    }

    private async Task SetNotify(bool on)
    {
        Notify = on;
        if (_module is null) return;
        if (on)
        {
            var permission = await _module.InvokeAsync<string>("askNotificationPermission");
            if (permission != "granted")
            {
                Notify = false;
                Snackbar.Add($"The browser did not allow notifications ({permission}).", Severity.Info);
            }
        }
        await Save();
    }

    private Task Save() => _module!.InvokeVoidAsync("saveSettings", Sound, Notify).AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_module is null) return;
        try { await _module.DisposeAsync(); }
        catch (JSDisconnectedException) { }
    }

    private sealed record Settings(bool Sound, bool Notify);
}
