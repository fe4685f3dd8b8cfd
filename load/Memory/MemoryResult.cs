namespace ContactCenter.Load.Memory;

/// <summary>What `load -- memory` measured. Samples are taken after a full GC; "per" figures divide the growth by the count.</summary>
internal sealed record MemoryResult(
    int CustomersAsked,
    int CustomersActivated,
    double ContactsPerCustomer,
    string? ChurnModelVersion,
    int WaitingAsked,
    int WaitingCreated,
    bool Complete,
    double SeedSeconds,
    double WaitingSeconds,
    MemorySample Baseline,
    MemorySample AfterCustomers,
    MemorySample? AfterWaiting,
    MemoryPerItem PerCustomer,
    MemoryPerItem? PerWaitingInteraction,
    string GcMode,
    int ProcessorCount,
    string Runtime,
    DateTimeOffset StartedAt);
