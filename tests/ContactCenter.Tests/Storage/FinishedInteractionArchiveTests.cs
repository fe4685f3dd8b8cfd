using ContactCenter.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactCenter.Tests.Storage;

/// <summary>Finished interactions in embedded mode: stored in the capped archive and read back by a new activation.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FinishedInteractionArchiveTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task A_finished_interaction_is_read_from_the_archive_after_its_activation_is_gone()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        var call = await _center.Arrive(queue, await _center.NewCustomer(500));
        await _center.Interaction(call.InteractionId).Abandon();
        var grain = _center.Interaction(call.InteractionId);
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        // A finished interaction deactivates itself once idle; wait for that, so the read below is a new activation's.
        await Eventually.Until(() => management.GetGrainActivationCount((GrainReference)grain), count => count == 0, "the finished interaction to deactivate");

        var again = await grain.GetSnapshot();
        Assert.Equal(InteractionStatus.Abandoned, again.Status);
        Assert.Equal(call.CreatedAt, again.CreatedAt);
        Assert.Single(again.Timeline, e => e.Status.IsTerminal());
    }

    [Fact]
    public async Task An_unknown_interaction_is_not_found_with_a_message_naming_the_live_archive()
    {
        var missing = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Interaction(CenterBuilder.Key("never")).GetSnapshot());
        Assert.Equal(ErrorKind.NotFound, missing.Kind);
        var kept = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IOptions<InteractionArchiveOptions>>().Value.Capacity;
        Assert.Equal(InteractionArchiveOptions.DefaultCapacity, kept);
        Assert.Contains("left the live archive", missing.Message);
        Assert.Contains($"{kept:N0}", missing.Message);
    }
}
