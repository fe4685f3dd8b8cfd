using ContactCenter.Grains.Interactions;
using ContactCenter.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace ContactCenter.Tests.Storage;

public sealed class CappedGrainArchiveTests
{
    private const string GrainType = "interaction";
    private static readonly IGrainStorageSerializer Serializer =
        new OrleansGrainStorageSerializer(new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());

    private static GrainId Id(int n) => GrainId.Create("interaction", $"i-{n}");

    private static InteractionState Record(InteractionStatus status, string note = "") =>
        new() { Exists = true, Status = status, Notes = note };

    private static async Task<GrainState<InteractionState>> Write(CappedGrainArchive archive, int n, InteractionStatus status, string note = "")
    {
        var state = new GrainState<InteractionState>(Record(status, note));
        await archive.WriteStateAsync(GrainType, Id(n), state);
        return state;
    }

    private static async Task<InteractionState?> Read(CappedGrainArchive archive, int n)
    {
        var state = new GrainState<InteractionState>(new InteractionState());
        await archive.ReadStateAsync(GrainType, Id(n), state);
        return state.RecordExists ? state.State : null;
    }

    [Fact]
    public async Task A_written_record_reads_back_equal_and_not_shared_with_the_writer()
    {
        var archive = new CappedGrainArchive(10, Serializer);
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
        var archive = new CappedGrainArchive(100, Serializer);
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
        var archive = new CappedGrainArchive(3, Serializer);
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
        var archive = new CappedGrainArchive(2, Serializer);
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
        var archive = new CappedGrainArchive(10, Serializer);
        await Write(archive, 1, InteractionStatus.Connected);
        var stale = new GrainState<InteractionState>(Record(InteractionStatus.Completed, "stale")) { ETag = "not-the-stored-one" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => archive.WriteStateAsync(GrainType, Id(1), stale));
        Assert.Equal(InteractionStatus.Connected, (await Read(archive, 1))?.Status);
    }

    [Fact]
    public async Task A_cleared_record_reads_as_never_written()
    {
        var archive = new CappedGrainArchive(10, Serializer);
        var state = await Write(archive, 1, InteractionStatus.Completed);
        await archive.ClearStateAsync(GrainType, Id(1), state);
        Assert.Null(await Read(archive, 1));
        Assert.Equal(0, archive.Count);
    }
}
