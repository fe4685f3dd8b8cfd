using ContactCenter.Load.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;

namespace ContactCenter.Load.Cases;

/// <summary>`cases`: runs the simulated day on an embedded silo and writes the report.</summary>
internal static class CasesRunner
{
    public static async Task<int> RunAsync(CasesOptions options, CancellationToken ct)
    {
        var result = await RunDayAsync(options, ct);
        var files = await CasesReport.WriteAsync(result, options.Output, ct);
        CasesReport.Print(result, files);
        return result.EscalationsFired > 0 ? 0 : 1;
    }

    /// <summary>
    /// The grains read a virtual clock that only this driver moves. Orleans' reminder service stays on the wall clock
    /// (its own keyed clock), so it does not fire the day's deadlines by itself; the driver fires each one as the
    /// reminder service would, when the virtual clock passes it (see <see cref="CaseDayDriver"/>).
    /// </summary>
    public static async Task<CasesResult> RunDayAsync(CasesOptions options, CancellationToken ct)
    {
        var clock = new FakeTimeProvider(CasesOptions.DayStart);
        await using var cluster = await LoadCluster.StartEmbeddedAsync(clock, ct,
            silo => silo.Services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, TimeProvider.System));
        return await new CaseDayDriver(cluster, clock, options).RunAsync(ct);
    }
}
