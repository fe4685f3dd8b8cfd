using ContactCenter.Grains.Routing;
using ContactCenter.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ContactCenter.Grains.Churn;
using ContactCenter.Grains.Live;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;
using ContactCenter.Grains.Telemetry;
using ContactCenter.Grains.Telephony;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace ContactCenter.Hosting;

/// <summary>Silo wiring shared by the product, the benchmark and the tests.</summary>
public static class ContactCenterSiloExtensions
{
    /// <summary>The grain storage every contact-center grain persists to.</summary>
    public const string StorageName = GrainStorage.Name;

    /// <summary>
    /// The grain storage interactions persist to: Redis in cluster mode like the rest, and in embedded mode a
    /// capped in-memory archive, so finished interactions do not pile up in the process forever.
    /// </summary>
    public const string InteractionStorageName = GrainStorage.Interactions;

    /// <summary>
    /// Registers what the grains need. The host chooses the storage behind <see cref="StorageName"/>
    /// (memory when embedded) and may replace the TimeProvider (tests use a fake one).
    /// </summary>
    public static ISiloBuilder AddContactCenterGrains(this ISiloBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(RoutingRecovery.Off);
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<CenterMetrics>();
        builder.Services.TryAddSingleton<RoutingCatalog>();
        // No phone line by default: a host with a switch registers its own port first.
        builder.Services.TryAddSingleton<ITelephonyPort, SimulatedTelephonyPort>();
        // One promoted churn model per silo, refreshed by version; customers score with it.
        builder.Services.TryAddSingleton<IChurnScorer, ChurnModelCache>();
        builder.Services.TryAddSingleton<SharedStrings>();
        // Replies leave through Mail: .eml files in a folder by default, an SMTP relay when Mail:Smtp:Host is set.
        ContactCenter.Grains.Email.MailServices.AddContactCenterMail(builder.Services);
        // Push cadence is infrastructure, on the wall clock; business time stays on the injected TimeProvider.
        builder.Services.AddSingleton<ILiveSubscriberSource>(sp => new GrainLiveSubscriberSource(sp.GetRequiredService<IGrainFactory>(), TimeProvider.System));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<LivePublisher>(sp, TimeProvider.System));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LivePublisher>());
        return builder;
    }

    /// <summary>
    /// Embedded mode: in-memory storage for a single process (<see cref="MemoryGrainStore"/>: one dictionary entry
    /// per record, about 200 bytes less per grain than Orleans' memory storage, which also costs a storage-grain call
    /// per read and write). State is stored with the Orleans serializer, the same versioned format ([Id] members) that
    /// crosses the wire between silos. Reminders (case SLA deadlines) are kept in memory too: they survive a case
    /// grain's deactivation, not the process. Interactions have their own store that keeps the newest finished ones
    /// (InteractionArchive:Capacity, default 20,000), so finished work does not pile up in the process.
    /// </summary>
    public static ISiloBuilder AddContactCenterMemoryStorage(this ISiloBuilder builder)
    {
        builder.Services.AddGrainStorage(StorageName, (sp, _) => new MemoryGrainStore(GrainStorageSerializer(sp)));
        builder.Services.AddOptions<InteractionArchiveOptions>()
            .Configure(o => o.Capacity = InteractionArchiveOptions.DefaultCapacity)
            .BindConfiguration(InteractionArchiveOptions.Section);
        builder.Services.AddGrainStorage(InteractionStorageName, (sp, _) => new MemoryGrainStore(GrainStorageSerializer(sp),
            sp.GetRequiredService<IOptions<InteractionArchiveOptions>>().Value.Capacity ?? InteractionArchiveOptions.DefaultCapacity));
        builder.UseInMemoryReminderService();
        // One silo owns every grain, so a cache of where grains live only duplicates its own directory: about 250 bytes
        // per activation (a million customers: 250 MB).
        builder.Configure<GrainDirectoryOptions>(o => o.CachingStrategy = GrainDirectoryOptions.CachingStrategyType.None);
        return builder;
    }

    private static OrleansGrainStorageSerializer GrainStorageSerializer(IServiceProvider services) =>
        new(services.GetRequiredService<Serializer>());
}
