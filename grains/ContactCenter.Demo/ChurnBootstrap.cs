using System.Diagnostics;
using ContactCenter.Churn.Center;
using ContactCenter.Contracts;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Demo;

/// <summary>
/// Gives a freshly seeded demo a churn model: when none is promoted yet, trains a quick one on the center's
/// own history (logistic regression, no cross-validation), promotes it and rescores every customer.
/// A center that already has a model (a restarted cluster) keeps it.
/// </summary>
public sealed class ChurnBootstrap(IGrainFactory grains, TimeProvider time, ILogger<ChurnBootstrap> logger)
{
    /// <summary>The promoted version, or null when one was already promoted.</summary>
    public async Task<string?> RunAsync(CancellationToken ct)
    {
        var existing = await grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey).GetVersion();
        if (existing is not null)
        {
            logger.LogInformation("Churn model {Version} is already promoted; the demo keeps it", existing);
            return null;
        }
        var clock = Stopwatch.StartNew();
        var model = await new CenterChurnTraining(grains, time).Train(CenterChurnTraining.QuickSpec, null, ct);
        var trained = clock.Elapsed;
        var version = await new ChurnRescore(grains).Promote(model, null, ct);
        var info = model.Info;
        logger.LogInformation(
            "Churn model {Version} bootstrapped from {Rows} customers ({Learner}): held-out ROC AUC {Auc:0.000} on {HeldOut} rows; trained in {Train:0.0}s, customers rescored in {Rescore:0.0}s",
            version, info.TrainingRows + info.HeldOutRows, info.Learner, info.HeldOut.RocAuc, info.HeldOutRows,
            trained.TotalSeconds, (clock.Elapsed - trained).TotalSeconds);
        return version;
    }
}
