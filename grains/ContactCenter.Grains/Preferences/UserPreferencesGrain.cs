using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains;

/// <summary>One user's dashboard preferences, durable in the <c>cc</c> storage.</summary>
public sealed class UserPreferencesGrain(
    [PersistentState("preferences", GrainStorage.Name)] IPersistentState<UserPreferencesState> state,
    IGrainFactory grains) : Grain, IUserPreferencesGrain
{
    public Task<WallboardChoice> GetWallboard() => Task.FromResult(new WallboardChoice(state.State.WallboardQueues?.ToArray()));

    public async Task<WallboardChoice> ChooseWallboardQueues(IReadOnlyList<string> queueIds)
    {
        var known = (await grains.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).GetQueues())
            .Select(q => q.QueueId).ToHashSet(StringComparer.Ordinal);
        Validate(queueIds, known);
        state.State.WallboardQueues = [.. queueIds];
        await state.WriteStateAsync();
        return await GetWallboard();
    }

    public async Task<WallboardChoice> ResetWallboard()
    {
        if (state.State.WallboardQueues is null) return WallboardChoice.AllQueues;
        state.State.WallboardQueues = null;
        await state.WriteStateAsync();
        return WallboardChoice.AllQueues;
    }

    private static void Validate(IReadOnlyList<string>? queueIds, IReadOnlySet<string> known)
    {
        const string field = "queueIds";
        if (queueIds is null) throw ContactCenterException.Invalid(field, "queueIds is required (it may be empty).");
        if (queueIds.Count > IUserPreferencesGrain.MaxWallboardQueues)
            throw ContactCenterException.Invalid(field, $"A wallboard shows at most {IUserPreferencesGrain.MaxWallboardQueues} queues, not {queueIds.Count}.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, i) in queueIds.Select((id, i) => (id, i)))
        {
            if (id is null || !known.Contains(id)) throw ContactCenterException.Invalid($"{field}[{i}]", $"Queue '{id}' does not exist.");
            if (!seen.Add(id)) throw ContactCenterException.Invalid($"{field}[{i}]", $"Queue '{id}' is chosen twice.");
        }
    }
}

[GenerateSerializer, Alias("cc.user-preferences-state")]
public sealed class UserPreferencesState
{
    /// <summary>Null until the user chooses: then every queue is shown.</summary>
    [Id(0)] public List<string>? WallboardQueues { get; set; }
}
