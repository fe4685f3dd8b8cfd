using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCenter.Grains.Hosting;

/// <summary>Silo wiring shared by the product, the benchmark and the tests.</summary>
public static class ContactCenterSiloExtensions
{
    /// <summary>The grain storage every contact-center grain persists to.</summary>
    public const string StorageName = "cc";

    /// <summary>
    /// Registers what the grains need. The host chooses the storage behind <see cref="StorageName"/>
    /// (memory when embedded) and may replace the TimeProvider (tests use a fake one).
    /// </summary>
    public static ISiloBuilder AddContactCenterGrains(this ISiloBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>Embedded mode: in-memory storage for a single process.</summary>
    public static ISiloBuilder AddContactCenterMemoryStorage(this ISiloBuilder builder) =>
        builder.AddMemoryGrainStorage(StorageName);
}
