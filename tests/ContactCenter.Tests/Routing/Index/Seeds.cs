namespace ContactCenter.Tests.Routing.Index;

/// <summary>Runs one randomized case per seed and names the seed of the first that fails, so it can be replayed.</summary>
internal static class Seeds
{
    public static void Each(int count, Action<int> run)
    {
        for (var seed = 0; seed < count; seed++)
        {
            try
            {
                run(seed);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"Seed {seed} failed (replay it with Seeds.Each's seed = {seed}): {e.Message}", e);
            }
        }
    }
}
