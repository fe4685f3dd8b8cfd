using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Components.Wallboard;

/// <summary>One line of the "choose queues" panel.</summary>
public sealed record QueueChoiceRow(string QueueId, string Name, bool Shown, bool CanMoveUp, bool CanMoveDown);

/// <summary>
/// The wallboard's choice of queues as pure functions: which tiles show in which order, the panel's rows,
/// and the list that a tick or a move produces. A null choice means "every queue, by name"; the first
/// change turns it into an explicit list in that order.
/// </summary>
public static class WallboardSelection
{
    /// <summary>The queues to draw, in the chosen order; chosen queues the feed does not know yet are skipped.</summary>
    public static IReadOnlyList<QueueLive> Visible(IReadOnlyList<QueueLive> queues, IReadOnlyList<string>? chosen)
    {
        if (chosen is null) return queues.OrderBy(q => q.Name, StringComparer.CurrentCulture).ToList();
        var byId = queues.ToDictionary(q => q.QueueId, StringComparer.Ordinal);
        return chosen.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>Shown queues first in their order, then the others by name.</summary>
    public static IReadOnlyList<QueueChoiceRow> Rows(IReadOnlyList<QueueLive> queues, IReadOnlyList<string>? chosen)
    {
        var shown = Visible(queues, chosen);
        var hidden = queues.Where(q => !shown.Contains(q)).OrderBy(q => q.Name, StringComparer.CurrentCulture);
        return shown.Select((q, i) => new QueueChoiceRow(q.QueueId, q.Name, true, i > 0, i < shown.Count - 1))
            .Concat(hidden.Select(q => new QueueChoiceRow(q.QueueId, q.Name, false, false, false))).ToList();
    }

    /// <summary>Shows a hidden queue (at the end) or hides a shown one.</summary>
    public static IReadOnlyList<string> Toggle(IReadOnlyList<QueueLive> queues, IReadOnlyList<string>? chosen, string queueId)
    {
        var ids = Explicit(queues, chosen);
        if (!ids.Remove(queueId)) ids.Add(queueId);
        return ids;
    }

    /// <summary>Moves a shown queue one place up (-1) or down (+1); at either end nothing changes.</summary>
    public static IReadOnlyList<string> Move(IReadOnlyList<QueueLive> queues, IReadOnlyList<string>? chosen, string queueId, int by)
    {
        var ids = Explicit(queues, chosen);
        var from = ids.IndexOf(queueId);
        var to = from + Math.Sign(by);
        if (from < 0 || to < 0 || to >= ids.Count) return ids;
        (ids[from], ids[to]) = (ids[to], ids[from]);
        return ids;
    }

    /// <summary>The shown queues as ids, keeping chosen ids the feed has not reported yet.</summary>
    private static List<string> Explicit(IReadOnlyList<QueueLive> queues, IReadOnlyList<string>? chosen) =>
        chosen is null ? Visible(queues, null).Select(q => q.QueueId).ToList() : [.. chosen];
}
