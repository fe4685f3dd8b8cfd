namespace ContactCenter.Load.Replay;

/// <summary>
/// Agents on duty in one clock hour: the number of distinct named servers whose service interval
/// overlaps that hour. The trace has no roster, so staffing must be inferred from who served calls.
/// </summary>
public sealed record StaffingHour(DateTimeOffset HourStart, int Agents);
