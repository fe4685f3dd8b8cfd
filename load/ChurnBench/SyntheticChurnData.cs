using ContactCenter.Churn;
using ContactCenter.Contracts;

namespace ContactCenter.Load.ChurnBench;

/// <summary>
/// Synthetic training data with the center's own churn columns (<see cref="ChurnFeatureNames"/>), for timing
/// training at sizes the demo cannot reach. Deterministic per seed. Each row is one customer:
/// <list type="bullet">
/// <item>tenure uniform 30..3650 days; lifetime value log-normal (median about 1,500);</item>
/// <item>contacts in 90 days Poisson with a per-customer rate (gamma-like, mean 1.5), thinned to 30 and 7 days;</item>
/// <item>abandoned, transfers, complaints and cancellation requests binomial on the contacts; repeats on the 7-day contacts;</item>
/// <item>mean wait exponential (40 s) when there were contacts, the longest wait above it; a few open, escalated and breached cases;</item>
/// <item>satisfaction 1-5 for 40% of customers with contacts, blank otherwise.</item>
/// </list>
/// The label "churned" is drawn from a logistic function of those (complaints, cancellation requests,
/// abandonment, waits and repeats raise it; tenure, value and satisfaction lower it), with the intercept
/// solved so that the expected positive rate is PositiveRate.
/// </summary>
internal static class SyntheticChurnData
{
    public const double DefaultPositiveRate = 0.2;

    /// <summary>Customer id, the sixteen feature columns, then the label.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        ChurnFeatureNames.CustomerId, ChurnFeatureNames.TenureDays, ChurnFeatureNames.LifetimeValue, ChurnFeatureNames.Contacts7d,
        ChurnFeatureNames.Contacts30d, ChurnFeatureNames.Contacts90d, ChurnFeatureNames.Abandoned90d, ChurnFeatureNames.MeanWaitSeconds,
        ChurnFeatureNames.MaxWaitSeconds, ChurnFeatureNames.Transfers90d, ChurnFeatureNames.RepeatContacts7d, ChurnFeatureNames.OpenCases,
        ChurnFeatureNames.EscalatedCases, ChurnFeatureNames.SlaBreaches, ChurnFeatureNames.Complaints90d,
        ChurnFeatureNames.CancellationRequests90d, ChurnFeatureNames.MeanSatisfaction, ChurnFeatureNames.Label,
    ];

    public static ChurnTable Generate(int rows, int seed, double positiveRate = DefaultPositiveRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (positiveRate is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(positiveRate), "must be between 0 and 1");
        var random = new Random(seed);
        var features = new ChurnFeatures[rows];
        var logits = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            features[i] = Draw(random);
            logits[i] = Logit(features[i]);
        }
        var intercept = Intercept(logits, positiveRate);
        var table = new List<string?[]>(rows);
        for (var i = 0; i < rows; i++)
        {
            var churned = random.NextDouble() < Sigmoid(logits[i] + intercept);
            table.Add(Row(i, features[i], churned));
        }
        return new ChurnTable(Columns, table, $"synthetic-{rows}-seed-{seed}");
    }

    /// <summary>The churn propensity before the intercept; public so tests can check the label follows it.</summary>
    public static double Logit(ChurnFeatures f) =>
        0.9 * f.Complaints90d + 1.6 * f.CancellationRequests90d + 0.45 * f.Abandoned90d + 0.012 * f.MeanWaitSeconds
        + 0.35 * f.RepeatContacts7d + 0.25 * f.Transfers90d + 0.5 * f.SlaBreaches + 0.3 * f.EscalatedCases
        - 0.35 * Math.Log(1 + f.TenureDays / 365) - 0.15 * Math.Log(1 + f.LifetimeValue / 1000)
        - 0.5 * ((f.MeanSatisfaction ?? 3) - 3);

    private static ChurnFeatures Draw(Random r)
    {
        var rate = 1.5 * Gamma2(r);
        var c90 = Poisson(r, rate);
        var c30 = Binomial(r, c90, 1 / 3.0);
        var c7 = Binomial(r, c30, 7 / 30.0);
        var meanWait = c90 == 0 ? 0 : Math.Round(-40 * Math.Log(1 - r.NextDouble()), 1);
        var maxWait = c90 <= 1 ? meanWait : Math.Round(meanWait * (1 - Math.Log(1 - r.NextDouble())), 1);
        var satisfaction = c90 > 0 && r.NextDouble() < 0.4 ? Math.Round(1 + 4 * Math.Sqrt(r.NextDouble()), 2) : (double?)null;
        return new ChurnFeatures(
            TenureDays: r.Next(30, 3651),
            LifetimeValue: Math.Round(Math.Exp(Math.Log(1500) + 1.0 * Normal(r)), 2),
            Contacts7d: c7, Contacts30d: c30, Contacts90d: c90,
            Abandoned90d: Binomial(r, c90, 0.12),
            MeanWaitSeconds: meanWait, MaxWaitSeconds: maxWait,
            Transfers90d: Binomial(r, c90, 0.1),
            RepeatContacts7d: Binomial(r, c7, 0.3),
            OpenCases: Poisson(r, 0.2), EscalatedCases: Poisson(r, 0.05), SlaBreaches: Poisson(r, 0.05),
            Complaints90d: Binomial(r, c90, 0.08),
            CancellationRequests90d: Binomial(r, c90, 0.04),
            MeanSatisfaction: satisfaction);
    }

    private static string?[] Row(int index, ChurnFeatures f, bool churned)
    {
        var row = new string?[Columns.Count];
        row[0] = $"syn-{index:0000000}";
        var features = f.ToRow();
        for (var c = 1; c < Columns.Count - 1; c++) row[c] = features[Columns[c]];
        row[^1] = churned ? ChurnFeatureNames.Positive : "no";
        return row;
    }

    /// <summary>Bisection on the intercept: the mean predicted probability is monotone in it.</summary>
    private static double Intercept(double[] logits, double rate)
    {
        if (logits.Length == 0) return 0;
        double low = -30, high = 30;
        for (var step = 0; step < 60; step++)
        {
            var mid = (low + high) / 2;
            var mean = 0.0;
            foreach (var l in logits) mean += Sigmoid(l + mid);
            if (mean / logits.Length < rate) low = mid;
            else high = mid;
        }
        return (low + high) / 2;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private static double Normal(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    /// <summary>Gamma with shape 2 and mean 1: the sum of two exponentials with mean 0.5.</summary>
    private static double Gamma2(Random r) => -0.5 * (Math.Log(1 - r.NextDouble()) + Math.Log(1 - r.NextDouble()));

    private static int Poisson(Random r, double mean)
    {
        // Knuth's method: the rates here are small.
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = r.NextDouble(); p > limit; p *= r.NextDouble()) k++;
        return k;
    }

    private static int Binomial(Random r, int n, double p)
    {
        var k = 0;
        for (var i = 0; i < n; i++) if (r.NextDouble() < p) k++;
        return k;
    }
}
