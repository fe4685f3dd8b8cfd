using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>A signed-in user's preferences, kept in their <see cref="IUserPreferencesGrain"/>; the grain validates.</summary>
public sealed class UserPreferences(IGrainFactory grains)
{
    /// <summary>User names sign in case-insensitively, so "Supervisor" and "supervisor" share their preferences.</summary>
    public static string Key(string userName) => userName.Trim().ToLowerInvariant();

    public Task<WallboardChoice> Wallboard(string userName) => Grain(userName).GetWallboard();

    public Task<WallboardChoice> ChooseWallboardQueues(string userName, IReadOnlyList<string> queueIds) =>
        Grain(userName).ChooseWallboardQueues(queueIds);

    public Task<WallboardChoice> ResetWallboard(string userName) => Grain(userName).ResetWallboard();

    private IUserPreferencesGrain Grain(string userName) => grains.GetGrain<IUserPreferencesGrain>(Key(userName));
}
