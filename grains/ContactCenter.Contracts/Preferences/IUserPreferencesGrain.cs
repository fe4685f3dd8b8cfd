namespace ContactCenter.Contracts;

/// <summary>
/// One signed-in user's dashboard preferences, kept across sessions and dashboards. Keyed by the user
/// name in lower case. The grain validates every change; a refused change leaves the old one in place.
/// </summary>
public interface IUserPreferencesGrain : IGrainWithStringKey
{
    /// <summary>The most queues a wallboard shows; more would not fit a wall TV anyway.</summary>
    public const int MaxWallboardQueues = 24;

    /// <summary>The wallboard choice; <see cref="WallboardChoice.QueueIds"/> is null until the user chooses.</summary>
    Task<WallboardChoice> GetWallboard();

    /// <summary>
    /// Replaces the queues shown and their order. Every id must name a configured queue, once, and at most
    /// <see cref="MaxWallboardQueues"/>; otherwise an Invalid error naming the problem.
    /// </summary>
    Task<WallboardChoice> ChooseWallboardQueues(IReadOnlyList<string> queueIds);

    /// <summary>Forgets the choice: the wallboard shows every queue again, by name.</summary>
    Task<WallboardChoice> ResetWallboard();
}

/// <summary>The queues a user's wallboard shows, in order; null means every queue, by name.</summary>
[GenerateSerializer, Immutable, Alias("cc.wallboard-choice")]
public sealed record WallboardChoice([property: Id(0)] IReadOnlyList<string>? QueueIds)
{
    public static WallboardChoice AllQueues { get; } = new((IReadOnlyList<string>?)null);
}
