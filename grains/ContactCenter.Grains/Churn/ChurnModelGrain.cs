using ContactCenter.Churn;
using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Churn;

/// <summary>
/// The center's promoted churn model (key "center"). Small on purpose: it validates, stores and hands out the
/// file; silos load it through <see cref="ChurnModelCache"/>, and rescoring every customer is the promoting
/// caller's job (ChurnRescore), so this grain never waits on the customers that read it.
/// </summary>
public sealed class ChurnModelGrain(
    [PersistentState("churn-model", GrainStorage.Name)] IPersistentState<ChurnModelState> state,
    TimeProvider time,
    ILogger<ChurnModelGrain> logger) : Grain, IChurnModelGrain
{
    public Task<string?> GetVersion() => Task.FromResult(state.State.Promoted?.Version);

    public Task<ChurnModelInfo?> GetInfo() => Task.FromResult(state.State.Promoted?.Info);

    public Task<byte[]?> GetModel() => Task.FromResult(state.State.Promoted?.Model);

    public Task<PromotedChurnModel?> GetPromoted() => Task.FromResult(state.State.Promoted);

    public async Task Promote(byte[] model, ChurnModelInfo info)
    {
        await ChurnModelCheck.Validate(model, info);
        var promotions = state.State.Promotions + 1;
        var version = ChurnModelCheck.VersionOf(promotions, info);
        state.State = new ChurnModelState
        {
            Promotions = promotions,
            Promoted = new PromotedChurnModel(version, model, info with { Version = version }, time.GetUtcNow()),
        };
        await state.WriteStateAsync();
        logger.LogInformation("Churn model {Version} promoted ({Learner}, held-out ROC AUC {Auc:0.000}, {Rows} training rows)",
            version, info.Learner, info.HeldOut.RocAuc, info.TrainingRows);
    }
}

[GenerateSerializer, Alias("cc.churn-model-state")]
public sealed class ChurnModelState
{
    [Id(0)] public int Promotions { get; set; }
    [Id(1)] public PromotedChurnModel? Promoted { get; set; }
}

/// <summary>What a model file must pass before it may score customers.</summary>
public static class ChurnModelCheck
{
    /// <summary>Promotions are counted, so promoting the same file twice still gives customers a new version to move to.</summary>
    public static string VersionOf(int promotion, ChurnModelInfo info) =>
        string.IsNullOrWhiteSpace(info.Version) ? $"v{promotion}" : $"v{promotion}-{info.Version}";

    public static async Task Validate(byte[] model, ChurnModelInfo info)
    {
        if (model is not { Length: > 0 }) throw ContactCenterException.Invalid("model", "The model file is empty.");
        if (info is null) throw ContactCenterException.Invalid("info", "The model description is required.");
        ChurnModel loaded;
        try { loaded = ChurnModel.Load(model); }
        catch (Exception ex) { throw ContactCenterException.Invalid("model", $"The model file does not load: {ex.Message}"); }
        var known = loaded.Info.Columns.Select(c => c.Name).Intersect(ChurnFeatureNames.PlainWords.Keys, StringComparer.Ordinal).ToList();
        if (known.Count == 0)
            throw ContactCenterException.Invalid("model",
                $"None of the model's columns ({string.Join(", ", loaded.Info.Columns.Select(c => c.Name))}) is a live customer feature, so it cannot score customers.");
        try { _ = await loaded.ScoreAsync(Blank.ToRow(), 1); }
        catch (Exception ex) { throw ContactCenterException.Invalid("model", $"The model cannot score a customer: {ex.Message}"); }
    }

    private static readonly ChurnFeatures Blank = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
}
