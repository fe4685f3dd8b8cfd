using System.Reflection;
using ContactCenter.Grains.Cases;
using ContactCenter.Grains.Telephony;
using ContactCenter.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace ContactCenter.Tests.Infrastructure;

/// <summary>
/// One in-process silo shared by every test in the collection. Grain logic reads a FakeTimeProvider;
/// Orleans' own timers (membership, messaging, grain timers) stay on real time, so advancing the fake
/// clock only moves what the tests control. Time-based effects are applied by calling the grains'
/// Evaluate/EvaluateTimers after advancing, which makes them deterministic.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    /// <summary>A number the simulated switch never answers (callback retry tests).</summary>
    public const string UnansweredNumber = "+15550199000";

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddContactCenterGrains().AddContactCenterMemoryStorage();
            silo.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
            // The board's wall-clock breach prediction would warn the open cases of whichever test runs; tests call PredictBreaches.
            silo.Services.Configure<CaseBoardOptions>(o => o.PredictEvery = null);
            silo.Services.Configure<SimulatedTelephonyOptions>(o => o.NoAnswer.Add(UnansweredNumber));
            foreach (var key in OrleansTimeAreas()) silo.Services.AddKeyedSingleton(key, TimeProvider.System);
            ConfigureServices(silo.Services);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Services a cluster of its own adds or replaces (e.g. where replies are sent).</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>The per-area TimeProvider keys Orleans resolves (Grains, Messaging, Membership, ...).</summary>
    private static IEnumerable<string> OrleansTimeAreas() =>
        typeof(TimeProviderNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!);
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

/// <summary>
/// A second cluster for tests that promote churn models: the center has one model, and a promotion would
/// rescore the customers that other tests give a risk by hand.
/// </summary>
public sealed class ChurnClusterFixture : ClusterFixture;

[CollectionDefinition(Name)]
public sealed class ChurnClusterCollection : ICollectionFixture<ChurnClusterFixture>
{
    public const string Name = "churn-cluster";
}
