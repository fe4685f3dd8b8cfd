using ContactCenter.Contracts;
using ContactCenter.Dashboard.Components.Analyst;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>
/// The promoted churn model, how good it is and why, and the training job: retrain from the center's history
/// or a CSV, compare the candidate, promote it after confirming. The job lives in a singleton service, so this
/// page only shows it and follows its changes.
/// </summary>
public sealed partial class ChurnModelPage
{
    [Inject] private ChurnQueries Churn { get; set; } = null!;
    [Inject] private ChurnTrainingJobs Jobs { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private ChurnModelInfo? Current { get; set; }
    private bool Loaded { get; set; }
    private string? LoadError { get; set; }
    private ChurnJobState Job { get; set; } = ChurnJobState.Idle;
    private string? RocSvg { get; set; }
    private string? _rocKey;

    protected override async Task OnInitializedAsync()
    {
        Job = Jobs.State;
        Jobs.Changed += OnJob;
        await LoadCurrent();
    }

    private async Task LoadCurrent()
    {
        try
        {
            Current = await Churn.CurrentModel();
            LoadError = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LoadError = $"Could not read the current model: {e.Message}";
        }
        Loaded = true;
        DrawRoc();
    }

    /// <summary>The current model's curve, and the candidate's over it while one waits; redrawn only when either changes.</summary>
    private void DrawRoc()
    {
        var candidate = Job is { Phase: ChurnJobPhase.Trained, Candidate: { } c } ? c : null;
        var key = $"{Current?.Version}|{candidate?.Version}";
        if (key == _rocKey) return;
        _rocKey = key;
        var curves = new List<(string, IReadOnlyList<RocPoint>)>();
        if (Current is { } current) curves.Add(($"current (AUC {current.HeldOut.RocAuc:0.000})", current.Roc));
        if (candidate is not null) curves.Add(($"candidate (AUC {candidate.HeldOut.RocAuc:0.000})", candidate.Roc));
        RocSvg = curves.Count == 0 ? null : ChurnCharts.Roc(curves);
    }

    /// <summary>Reads the service's latest state rather than the event's, so events handled out of order never show an older one.</summary>
    private void OnJob(ChurnJobState _) => InvokeAsync(async () =>
    {
        var state = Jobs.State;
        var promoted = state.Phase == ChurnJobPhase.Promoted && Job.Phase != ChurnJobPhase.Promoted;
        Job = state;
        if (promoted) await LoadCurrent();
        DrawRoc();
        StateHasChanged();
    }).ContinueWith(t => DispatchExceptionAsync(t.Exception!), TaskContinuationOptions.OnlyOnFaulted);

    private void RetrainFromHistory()
    {
        if (!Jobs.StartFromCenterHistory()) Snackbar.Add("A training or promotion is already running; wait for it or cancel it.", Severity.Warning);
    }

    /// <summary>Nothing is promoted without an explicit yes in the dialog.</summary>
    private async Task Promote()
    {
        if (Job.Candidate is not { } candidate) return;
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Promote this model?",
            $"Model {candidate.Version} ({candidate.Learner}, held-out ROC AUC {candidate.HeldOut.RocAuc:0.000}, trained on {candidate.Source}) "
            + $"will replace {(Current is { } c ? $"model {c.Version}" : "no model")} for every customer, and all customers will be rescored now."
            + (Job.Promotion?.Warning is { } warning ? $" {warning}" : ""),
            yesText: "Promote", cancelText: "Cancel");
        if (confirmed == true && !Jobs.StartPromotion())
            Snackbar.Add("The candidate is no longer waiting: another analyst may have promoted or discarded it.", Severity.Warning);
    }

    public void Dispose() => Jobs.Changed -= OnJob;
}
