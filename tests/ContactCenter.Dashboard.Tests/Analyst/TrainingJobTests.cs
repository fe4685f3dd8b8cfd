using ContactCenter.Churn;
using ContactCenter.Dashboard.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Dashboard.Tests.Analyst;

/// <summary>The dashboard's training job on its own: one at a time, cancellable, never promoting by itself.</summary>
public sealed class TrainingJobTests(DashboardFactory factory) : IClassFixture<DashboardFactory>, IDisposable
{
    private readonly ChurnTrainingJobs _jobs = new(factory.Services.GetRequiredService<IGrainFactory>(), TimeProvider.System, NullLogger<ChurnTrainingJobs>.Instance);

    [Fact]
    public async Task A_second_job_is_refused_while_one_runs_and_a_cancelled_job_leaves_no_candidate()
    {
        var table = ChurnCsv.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(AnalystCustomers.CenterLikeCsv(2_000))), "big.csv");
        var spec = new ChurnTrainingSpec(ChurnFeatureNames.Label, ChurnFeatureNames.Positive, [ChurnFeatureNames.CustomerId]);
        var phases = new List<ChurnJobPhase>();
        _jobs.Changed += s => { lock (phases) phases.Add(s.Phase); };

        Assert.True(_jobs.StartFromCsv(table, spec));
        Assert.False(_jobs.StartFromCsv(table, spec));
        Assert.False(_jobs.StartFromCenterHistory());
        Assert.False(_jobs.StartPromotion());
        _jobs.Cancel();
        await _jobs.Running;

        Assert.Equal(ChurnJobPhase.Cancelled, _jobs.State.Phase);
        Assert.Null(_jobs.State.Candidate);
        Assert.Equal("Training was cancelled; nothing changed.", _jobs.State.Outcome);
        Assert.Equal(ChurnJobPhase.Training, phases[0]);
        Assert.False(_jobs.StartPromotion());
        Assert.Null(await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey).GetVersion());
    }

    [Fact]
    public async Task Training_from_a_center_without_customers_fails_with_the_reason()
    {
        Assert.True(_jobs.StartFromCenterHistory());
        await _jobs.Running;

        Assert.Equal(ChurnJobPhase.Failed, _jobs.State.Phase);
        Assert.Equal("Training failed: The center has no customers to learn from yet. Nothing was promoted.", _jobs.State.Error);
    }

    public void Dispose() => _jobs.Dispose();
}
