using Orleans.Runtime;

namespace ContactCenter.Tests.Preferences;

[Collection(ClusterCollection.Name)]
public sealed class UserPreferencesGrainTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private IUserPreferencesGrain User() => fixture.Grains.GetGrain<IUserPreferencesGrain>(CenterBuilder.Key("user"));

    [Fact]
    public async Task A_user_who_never_chose_sees_every_queue()
    {
        Assert.Null((await User().GetWallboard()).QueueIds);
    }

    [Fact]
    public async Task The_chosen_queues_and_their_order_are_kept()
    {
        var (a, b, c) = (await _center.NewQueue("x"), await _center.NewQueue("x"), await _center.NewQueue("x"));
        var user = User();
        var chosen = await user.ChooseWallboardQueues([c, a]);
        Assert.Equal([c, a], chosen.QueueIds);
        Assert.Equal([c, a], (await user.GetWallboard()).QueueIds);
        Assert.DoesNotContain(b, (await user.GetWallboard()).QueueIds!);
    }

    [Fact]
    public async Task The_choice_survives_the_grain_being_deactivated()
    {
        var (a, b) = (await _center.NewQueue("x"), await _center.NewQueue("x"));
        var user = User();
        await user.ChooseWallboardQueues([b, a]);
        var before = await ActivationCount();
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.True(await ActivationCount() < before, "the collection deactivated nothing");
        Assert.Equal([b, a], (await user.GetWallboard()).QueueIds);
    }

    [Fact]
    public async Task An_unknown_queue_is_refused_by_name_and_changes_nothing()
    {
        var a = await _center.NewQueue("x");
        var user = User();
        await user.ChooseWallboardQueues([a]);
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => user.ChooseWallboardQueues([a, "no-such-queue"]));
        Assert.Equal((ErrorKind.Invalid, "queueIds[1]"), (refused.Kind, refused.Field));
        Assert.Contains("no-such-queue", refused.Message);
        Assert.Equal([a], (await user.GetWallboard()).QueueIds);
    }

    [Fact]
    public async Task A_queue_chosen_twice_is_refused()
    {
        var a = await _center.NewQueue("x");
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => User().ChooseWallboardQueues([a, a]));
        Assert.Contains("twice", refused.Message);
    }

    [Fact]
    public async Task More_queues_than_a_wallboard_shows_are_refused()
    {
        var a = await _center.NewQueue("x");
        var user = User();
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() =>
            user.ChooseWallboardQueues(Enumerable.Repeat(a, IUserPreferencesGrain.MaxWallboardQueues + 1).ToArray()));
        Assert.Contains($"at most {IUserPreferencesGrain.MaxWallboardQueues}", refused.Message);
        Assert.Null((await user.GetWallboard()).QueueIds);
    }

    [Fact]
    public async Task An_empty_choice_is_kept_and_a_reset_shows_every_queue_again()
    {
        var user = User();
        Assert.Empty((await user.ChooseWallboardQueues([])).QueueIds!);
        Assert.Empty((await user.GetWallboard()).QueueIds!);
        Assert.Null((await user.ResetWallboard()).QueueIds);
        Assert.Null((await user.GetWallboard()).QueueIds);
    }

    private async Task<int> ActivationCount() =>
        await fixture.Grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount();
}
