using ContactCenter.Grains.Interactions;
using ContactCenter.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace ContactCenter.Tests.Storage;

public sealed class MemoryGrainStoreTests
{
    private const string GrainType = "interaction";
    private static readonly IGrainStorageSerializer Serializer =
        new OrleansGrainStorageSerializer(new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());

    private static GrainId Id(int n) => GrainId.Create("interaction", $"i-{n}");

    private static InteractionState Record(InteractionStatus status, string note = "") =>
        new() { Exists = true, Status = status, Notes = note };

    private static async Task<GrainState<InteractionState>> Write(MemoryGrainStore archive, int n, InteractionStatus status, string note = "")
    {
        var state = new GrainState<InteractionState>(Record(status, note));
        await archive.WriteStateAsync(GrainType, Id(n), state);
        return state;
    }

    private static async Task<InteractionState?> Read(MemoryGrainStore archive, int n)
    {
        var state = new GrainState<InteractionState>(new InteractionState());
        await archive.ReadStateAsync(GrainType, Id(n), state);
        return state.RecordExists ? state.State : null;
    }

    [Fact]
    public async Task A_written_record_reads_back_equal_and_not_shared_with_the_writer()
    {
        var archive = new MemoryGrainStore(Serializer, 10);
        var written = await Write(archive, 1, InteractionStatus.Completed, "refund issued");
        written.State!.Notes = "changed after the write";
        var read = await Read(archive, 1);
        Assert.NotNull(read);
        Assert.Equal((InteractionStatus.Completed, "refund issued"), (read.Status, read.Notes));
        Assert.Null(await Read(archive, 2));
    }

    [Fact]
    public async Task Many_finished_writes_keep_only_the_newest_up_to_the_cap()
    {
        var archive = new MemoryGrainStore(Serializer, 100);
        for (var n = 0; n < 10_000; n++) await Write(archive, n, InteractionStatus.Completed);
        Assert.Equal(100, archive.Count);
        Assert.Null(await Read(archive, 0));
        Assert.Null(await Read(archive, 9_899));
        Assert.NotNull(await Read(archive, 9_900));
        Assert.NotNull(await Read(archive, 9_999));
    }

    [Fact]
    public async Task The_oldest_finished_record_leaves_first_and_a_rewrite_makes_a_record_newest()
    {
        var archive = new MemoryGrainStore(Serializer, 3);
        var first = await Write(archive, 1, InteractionStatus.Completed);
        await Write(archive, 2, InteractionStatus.Abandoned);
        await Write(archive, 3, InteractionStatus.Completed);
        first.State!.Notes = "rewritten";
        await archive.WriteStateAsync(GrainType, Id(1), first);
        await Write(archive, 4, InteractionStatus.Overflowed);
        Assert.Null(await Read(archive, 2));
        Assert.Equal("rewritten", (await Read(archive, 1))?.Notes);
        await Write(archive, 5, InteractionStatus.Completed);
        Assert.Null(await Read(archive, 3));
        Assert.NotNull(await Read(archive, 1));
        Assert.Equal(3, archive.Count);
    }

    [Fact]
    public async Task Live_records_are_never_evicted_and_count_against_no_cap()
    {
        var archive = new MemoryGrainStore(Serializer, 2);
        await Write(archive, 1, InteractionStatus.Queued);
        await Write(archive, 2, InteractionStatus.Connected);
        for (var n = 10; n < 20; n++) await Write(archive, n, InteractionStatus.Completed);
        Assert.Equal(InteractionStatus.Queued, (await Read(archive, 1))?.Status);
        Assert.Equal(InteractionStatus.Connected, (await Read(archive, 2))?.Status);
        Assert.Equal(4, archive.Count);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var archive = new MemoryGrainStore(Serializer, 10);
        await Write(archive, 1, InteractionStatus.Connected);
        var stale = new GrainState<InteractionState>(Record(InteractionStatus.Completed, "stale")) { ETag = "not-the-stored-one" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => archive.WriteStateAsync(GrainType, Id(1), stale));
        Assert.Equal(InteractionStatus.Connected, (await Read(archive, 1))?.Status);
    }

    [Fact]
    public async Task A_cleared_record_reads_as_never_written()
    {
        var archive = new MemoryGrainStore(Serializer, 10);
        var state = await Write(archive, 1, InteractionStatus.Completed);
        await archive.ClearStateAsync(GrainType, Id(1), state);
        Assert.Null(await Read(archive, 1));
        Assert.Equal(0, archive.Count);
    }

    [Fact]
    public async Task Two_states_of_one_grain_are_kept_apart()
    {
        var store = new MemoryGrainStore(Serializer);
        await store.WriteStateAsync("first", Id(1), new GrainState<InteractionState>(Record(InteractionStatus.Queued, "first")));
        await store.WriteStateAsync("second", Id(1), new GrainState<InteractionState>(Record(InteractionStatus.Queued, "second")));
        var read = new GrainState<InteractionState>(new InteractionState());
        await store.ReadStateAsync("first", Id(1), read);
        Assert.Equal("first", read.State!.Notes);
        Assert.Equal(2, store.Count);
    }
}
