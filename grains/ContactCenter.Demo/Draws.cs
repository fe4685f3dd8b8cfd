namespace ContactCenter.Demo;

/// <summary>Random draws from a seeded source, so a run can be repeated. Not thread-safe: lock around it.</summary>
public sealed class Draws(int seed)
{
    private readonly Random _random = new(seed);

    public double Uniform() => _random.NextDouble();

    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public bool Chance(double percent) => _random.NextDouble() * 100 < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public double Exponential(double mean) => -mean * Math.Log(1 - _random.NextDouble());

    /// <summary>Log-normal with the given mean and a shape (sigma) typical of call handle times.</summary>
    public double LogNormal(double mean, double sigma = 0.6)
    {
        var mu = Math.Log(mean) - sigma * sigma / 2;
        var normal = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
        return Math.Exp(mu + sigma * normal);
    }

    public double Handle(HandleDistribution distribution, double mean) => distribution switch
    {
        HandleDistribution.Exponential => Exponential(mean),
        HandleDistribution.LogNormal => LogNormal(mean),
        _ => mean,
    };
}
