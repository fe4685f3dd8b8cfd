namespace ContactCenter.Load.Memory;

/// <summary>What `load -- memory` activates and where it writes the result.</summary>
internal sealed record MemoryOptions(
    int Customers,
    int Waiting,
    int WaitingQueues,
    int HistoryPercent,
    int Seed,
    int Batch,
    int MaxMinutes,
    int HoldSeconds,
    FileInfo Output);
