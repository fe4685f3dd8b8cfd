using ContactCenter.Churn.Scoring;

namespace ContactCenter.Churn.Tests;

[Collection(TelcoCollection.Name)]
public sealed class EnginePoolTests(TelcoModelFixture telco)
{
    [Fact]
    public void Concurrent_scoring_gives_the_sequential_results_with_at_most_the_bound_of_engines()
    {
        var model = ChurnModel.Load(telco.Model.ToBytes(), maxEngines: 3);
        var rows = Enumerable.Range(0, 200).Select(r => TestData.Row(telco.HeldOut, r)).ToList();
        var expected = rows.Select(r => model.Score(r, explain: 2)).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            try { Check(model, rows, expected, t); }
            catch (Exception ex) { failures.Add(ex); }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.InRange(model.EnginesCreated, 1, 3);
    }

    private static void Check(ChurnModel model, List<IReadOnlyDictionary<string, string?>> rows, List<ChurnPrediction> expected, int thread)
    {
        for (var pass = 0; pass < 2; pass++)
            for (var k = 0; k < rows.Count; k++)
            {
                var i = (k + thread * 25) % rows.Count; // threads start at different rows, so engines see mixed inputs
                var actual = model.Score(rows[i], explain: 2);
                if (actual.Probability != expected[i].Probability || !actual.Top.SequenceEqual(expected[i].Top))
                    throw new Xunit.Sdk.XunitException($"row {i} on thread {thread}: {actual.Probability} != {expected[i].Probability}");
            }
    }

    [Fact]
    public async Task An_engine_goes_back_to_the_pool_when_the_work_throws()
    {
        var pool = new EnginePool<object>(() => new object(), capacity: 2);

        for (var i = 0; i < 5; i++)
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await pool.UseAsync<int>(_ => throw new InvalidOperationException()));

        Assert.Equal(1, pool.Created);
        Assert.Equal(7, await pool.UseAsync(_ => 7));
        Assert.Equal(1, pool.Created);
    }

    [Fact]
    public async Task Callers_beyond_the_bound_wait_for_an_engine_instead_of_creating_one()
    {
        var pool = new EnginePool<object>(() => new object(), capacity: 2);
        using var holding = new Barrier(3);
        using var release = new ManualResetEventSlim();
        var holders = Enumerable.Range(0, 2).Select(_ => Task.Run(() => pool.UseAsync(_ =>
        {
            holding.SignalAndWait();
            release.Wait();
            return 0;
        }).AsTask())).ToList();
        holding.SignalAndWait(); // both engines are now in use

        // The waiter awaits a free engine (right) rather than finishing at once with a third one (wrong),
        // and it waits without holding a thread: the call returns an unfinished task.
        var waiter = pool.UseAsync(_ => 0).AsTask();
        Assert.False(waiter.IsCompleted);
        Assert.Equal(2, pool.Created);
        release.Set();
        await waiter;
        await Task.WhenAll(holders);
    }
}
