using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Supervisor;

/// <summary>Service level %, threshold, maximum wait and wrap-up limit of one queue; sends only what changed.</summary>
public sealed partial class QueueTargetsForm
{
    private const string PercentField = "serviceLevel.percent";
    private const string ThresholdField = "serviceLevel.thresholdSeconds";
    private const string MaxWaitField = "maxWaitSeconds";
    private const string WrapUpField = "wrapUpSeconds";

    [Parameter, EditorRequired] public QueueConfig Config { get; set; } = null!;
    [Parameter] public EventCallback<QueueSnapshot> OnSaved { get; set; }
    [Inject] private SupervisorActions Actions { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private (double, int, int, int?)? _shown;
    private double? Percent { get; set; }
    private int? Threshold { get; set; }
    private int? MaxWait { get; set; }
    private int? WrapUp { get; set; }
    private Dictionary<string, string> Errors { get; } = [];

    /// <summary>Takes the queue's values when they change underneath, never while the supervisor's edit is refused.</summary>
    protected override void OnParametersSet()
    {
        var current = (Config.ServiceLevel.Percent, Config.ServiceLevel.ThresholdSeconds, Config.MaxWaitSeconds, Config.WrapUpSeconds);
        if (_shown == current) return;
        _shown = current;
        (Percent, Threshold, MaxWait, WrapUp) = current;
        Errors.Clear();
    }

    private async Task Save()
    {
        Errors.Clear();
        // A blank required field is not a number to send; the grain decides every range.
        if (Percent is null) Errors[PercentField] = "Service level % is required.";
        if (Threshold is null) Errors[ThresholdField] = "The threshold in seconds is required.";
        if (MaxWait is null) Errors[MaxWaitField] = "Maximum wait is required.";
        if (Errors.Count > 0) return;
        var changes = Changes().ToList();
        if (changes.Count == 0)
        {
            Snackbar.Add("Nothing changed", Severity.Info);
            return;
        }
        if (!await ConfirmChange.Ask(Dialogs, $"Change live routing of {Config.Name}?", "The queue uses the new targets at once.",
                changes.Select(c => c.Shown).ToList(), "Apply")) return;
        var change = new QueueTargetsChange(
            Percent != Config.ServiceLevel.Percent ? Percent : null,
            Threshold != Config.ServiceLevel.ThresholdSeconds ? Threshold : null,
            MaxWait != Config.MaxWaitSeconds ? MaxWait : null,
            WrapUp != Config.WrapUpSeconds, WrapUp);
        try
        {
            var saved = await Actions.ChangeTargets(Config.QueueId, change);
            Snackbar.Add("Targets saved; the queue uses them now", Severity.Success);
            await OnSaved.InvokeAsync(saved);
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid && e.Field is { } field && IsShown(field)) { Errors[field] = e.Message; }
        catch (ContactCenterException e) { Snackbar.Add(e.Message, Severity.Warning); }
    }

    private IEnumerable<(string Field, FieldChange Shown)> Changes()
    {
        if (Percent != Config.ServiceLevel.Percent) yield return (PercentField, new("Service level %", $"{Config.ServiceLevel.Percent:0.##}%", $"{Percent:0.##}%"));
        if (Threshold != Config.ServiceLevel.ThresholdSeconds) yield return (ThresholdField, new("Answered within", $"{Config.ServiceLevel.ThresholdSeconds} s", $"{Threshold} s"));
        if (MaxWait != Config.MaxWaitSeconds) yield return (MaxWaitField, new("Maximum wait", $"{Config.MaxWaitSeconds} s", $"{MaxWait} s"));
        if (WrapUp != Config.WrapUpSeconds) yield return (WrapUpField, new("Wrap-up limit", WrapUpText(Config.WrapUpSeconds), WrapUpText(WrapUp)));
    }

    private static string WrapUpText(int? seconds) => seconds is { } s ? $"{s} s" : "no limit";

    private static bool IsShown(string field) => field is PercentField or ThresholdField or MaxWaitField or WrapUpField;
}
