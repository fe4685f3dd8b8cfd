namespace ContactCenter.Grains.Cases;

/// <summary>
/// What the board stores: a snapshot of its summaries (written debounced, see CaseBoardGrain.Persistence) and the
/// cases escalated on the current UTC day, which no single summary can tell again after a restart.
/// </summary>
[GenerateSerializer, Alias("cc.case-board-state")]
public sealed class CaseBoardState
{
    [Id(0)] public List<CaseSummary> Cases { get; set; } = [];
    [Id(1)] public DateOnly EscalatedDay { get; set; }
    [Id(2)] public HashSet<string> EscalatedToday { get; set; } = new(StringComparer.Ordinal);
}
