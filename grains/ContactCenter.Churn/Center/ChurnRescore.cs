using Orleans;

namespace ContactCenter.Churn.Center;

/// <summary>
/// Promotes a model and rescores every customer with it. The rescore runs here, on the promoting caller's side,
/// in bounded batches with progress: the model grain stays small and never waits on the ten thousand customers
/// that read it, and if this caller stops half-way nothing is wrong, only slower, because each silo picks the
/// new version up within seconds and every customer rescores on its next contact or activation anyway.
/// </summary>
public sealed class ChurnRescore(IGrainFactory grains)
{
    public const int Batch = 200;

    /// <summary>Promotes (refused with ContactCenterException when the file does not load) and returns the new version.</summary>
    public async Task<string> Promote(ChurnModel model, IProgress<CenterWalkProgress>? progress = null, CancellationToken ct = default)
    {
        var grain = grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey);
        await grain.Promote(model.ToBytes(), model.Info);
        var version = await grain.GetVersion() ?? throw new InvalidOperationException("The promoted model has no version.");
        await Run(progress, ct);
        return version;
    }

    /// <summary>Asks every indexed customer to score again with the promoted model; returns how many were asked (Churned stays 0).</summary>
    public async Task<int> Run(IProgress<CenterWalkProgress>? progress = null, CancellationToken ct = default)
    {
        var ids = await CenterChurnHistory.CustomerIds(grains);
        for (var start = 0; start < ids.Count; start += Batch)
        {
            ct.ThrowIfCancellationRequested();
            await Task.WhenAll(ids.Skip(start).Take(Batch).Select(id => grains.GetGrain<ICustomerGrain>(id).Rescore()));
            progress?.Report(new CenterWalkProgress(Math.Min(start + Batch, ids.Count), ids.Count, 0));
        }
        return ids.Count;
    }
}
