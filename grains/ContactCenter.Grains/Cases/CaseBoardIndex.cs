namespace ContactCenter.Grains.Cases;

/// <summary>
/// The board's data, apart from the grain so it can be measured and reasoned about alone. One summary per case in a
/// dictionary, every summary also in a sorted set in board order (so a page is the first rows of an in-order walk,
/// O(log n) to move a case), the same per queue (the /cases page filters by queue), open cases counted per SLA
/// state and open ids per contract kept as each summary changes: an upsert never scans. Closed cases are kept up to <see cref="ClosedCap"/>, the oldest dropped first;
/// the case grains hold every case, this is only the list.
/// </summary>
public sealed class CaseBoardIndex
{
    public const int ClosedCap = 20_000;

    private readonly Dictionary<string, CaseSummary> _cases = new(StringComparer.Ordinal);
    private readonly SortedSet<CaseSummary> _ordered = new(CaseOrdering.Board);
    private readonly Dictionary<string, SortedSet<CaseSummary>> _byQueue = new(StringComparer.Ordinal);
    private readonly SortedSet<(DateTimeOffset UpdatedAt, string CaseId)> _closedByAge = [];
    private readonly Dictionary<string, HashSet<string>> _openByContract = new(StringComparer.Ordinal);
    private readonly int[] _openBySla = new int[Enum.GetValues<SlaState>().Length];

    public int Count => _cases.Count;

    public int OpenCount { get; private set; }

    public IEnumerable<CaseSummary> All => _cases.Values;

    public CaseSummary? Find(string caseId) => _cases.GetValueOrDefault(caseId);

    /// <summary>Stores the summary; returns the one it replaced (null for a new case). An identical summary changes nothing.</summary>
    public CaseSummary? Upsert(CaseSummary summary)
    {
        var before = Find(summary.CaseId);
        if (before == summary) return before;
        if (before is not null) Remove(before);
        Add(summary);
        TrimClosed();
        return before;
    }

    public int OpenIn(SlaState state) => _openBySla[(int)state];

    public IReadOnlyList<string> OpenCasesUnder(string contractId) =>
        _openByContract.TryGetValue(contractId, out var ids) ? ids.Order(StringComparer.Ordinal).ToArray() : [];

    /// <summary>
    /// A page in board order. An unfiltered query reads only the rows of its page (the total is the kept count);
    /// a filtered one walks its queue's set, or the whole set without a queue: O(n), 30–60 ms at 100,000 cases.
    /// </summary>
    public CasePage Query(CaseQuery query)
    {
        var unfiltered = query is { QueueId: null, Team: null, Priority: null, ContractId: null, Sla: null, AgentId: null, CustomerId: null };
        var source = query.QueueId is null ? _ordered : _byQueue.GetValueOrDefault(query.QueueId) ?? [];
        var rows = source.Where(c => Matches(c, query));
        if (unfiltered)
        {
            // Open cases come first in board order, so the open-only list is a prefix of the whole one.
            var total = query.OpenOnly ? OpenCount : Count;
            return new(rows.Skip(query.Skip).Take(query.Take).ToArray(), total, query.Skip, query.Take);
        }
        var items = new List<CaseSummary>(query.Take);
        var matched = 0;
        foreach (var c in rows)
        {
            if (matched >= query.Skip && items.Count < query.Take) items.Add(c);
            matched++;
        }
        return new(items, matched, query.Skip, query.Take);
    }

    /// <summary>Open cases not yet started, grouped by queue, each group in pick-up order.</summary>
    public Dictionary<string, List<CaseSummary>> AwaitingPickupByQueue()
    {
        var byQueue = new Dictionary<string, List<CaseSummary>>(StringComparer.Ordinal);
        foreach (var c in _cases.Values)
        {
            if (!CaseOrdering.AwaitsPickup(c)) continue;
            if (!byQueue.TryGetValue(c.QueueId, out var list)) byQueue[c.QueueId] = list = [];
            list.Add(c);
        }
        foreach (var list in byQueue.Values) list.Sort(CaseOrdering.Pickup);
        return byQueue;
    }

    private static bool Matches(CaseSummary c, CaseQuery q) =>
        (!q.OpenOnly || c.Status.IsOpen())
        && (q.QueueId is null || c.QueueId == q.QueueId)
        && (q.Team is null || string.Equals(c.Team, q.Team, StringComparison.OrdinalIgnoreCase))
        && (q.Priority is null || c.Priority == q.Priority)
        && (q.ContractId is null || c.ContractId == q.ContractId)
        && (q.Sla is null || c.Sla == q.Sla)
        && (q.AgentId is null || c.AgentId == q.AgentId)
        && (q.CustomerId is null || c.CustomerId == q.CustomerId);

    private void Add(CaseSummary c)
    {
        _cases[c.CaseId] = c;
        _ordered.Add(c);
        if (!_byQueue.TryGetValue(c.QueueId, out var queue)) _byQueue[c.QueueId] = queue = new(CaseOrdering.Board);
        queue.Add(c);
        if (!c.Status.IsOpen())
        {
            _closedByAge.Add((c.UpdatedAt, c.CaseId));
            return;
        }
        OpenCount++;
        _openBySla[(int)c.Sla]++;
        if (!_openByContract.TryGetValue(c.ContractId, out var ids)) _openByContract[c.ContractId] = ids = new(StringComparer.Ordinal);
        ids.Add(c.CaseId);
    }

    private void Remove(CaseSummary c)
    {
        _cases.Remove(c.CaseId);
        _ordered.Remove(c);
        if (_byQueue.TryGetValue(c.QueueId, out var queue) && queue.Remove(c) && queue.Count == 0) _byQueue.Remove(c.QueueId);
        if (!c.Status.IsOpen())
        {
            _closedByAge.Remove((c.UpdatedAt, c.CaseId));
            return;
        }
        OpenCount--;
        _openBySla[(int)c.Sla]--;
        if (_openByContract.TryGetValue(c.ContractId, out var ids) && ids.Remove(c.CaseId) && ids.Count == 0)
            _openByContract.Remove(c.ContractId);
    }

    private void TrimClosed()
    {
        while (_closedByAge.Count > ClosedCap)
        {
            var (_, caseId) = _closedByAge.Min;
            Remove(_cases[caseId]);
        }
    }
}
