using System.Globalization;
using ContactCenter.Contracts;
using ContactCenter.Load.ChurnBench;

namespace ContactCenter.Load.Tests.ChurnBench;

/// <summary>The synthetic training rows: repeatable per seed, the center's columns, and the label rate asked for.</summary>
public sealed class SyntheticChurnDataTests
{
    [Fact]
    public void The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        var one = SyntheticChurnData.Generate(2000, seed: 3);
        var again = SyntheticChurnData.Generate(2000, seed: 3);
        var other = SyntheticChurnData.Generate(2000, seed: 4);

        Assert.Equal(one.Rows, again.Rows);
        Assert.NotEqual(one.Rows.Select(r => r[2]), other.Rows.Select(r => r[2]));
    }

    [Fact]
    public void Rows_have_an_id_every_feature_column_of_the_center_and_the_label()
    {
        var table = SyntheticChurnData.Generate(500, seed: 1);

        Assert.Equal([ChurnFeatureNames.CustomerId, .. ChurnFeatureNames.PlainWords.Keys, ChurnFeatureNames.Label], table.Columns);
        Assert.Equal(500, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(table.Columns.Count, r.Length));
        Assert.Equal(500, table.Rows.Select(r => r[0]).Distinct().Count());
        Assert.All(table.Rows, r => Assert.Contains(r[^1], new[] { "yes", "no" }));
        // Satisfaction is sometimes unknown (blank); every other cell always has a number.
        var satisfaction = table.Columns.ToList().IndexOf(ChurnFeatureNames.MeanSatisfaction);
        Assert.Contains(table.Rows, r => r[satisfaction] is null);
        Assert.All(table.Rows, r => Assert.All(r.Skip(1).SkipLast(1).Where((_, i) => i + 1 != satisfaction),
            cell => Assert.True(double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _), cell)));
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.05)]
    public void The_positive_rate_is_the_one_asked_for(double rate)
    {
        var table = SyntheticChurnData.Generate(20_000, seed: 11, rate);

        var positive = table.Rows.Count(r => r[^1] == ChurnFeatureNames.Positive) / 20_000.0;

        // Binomial sd at 20,000 rows is at most 0.0035.
        Assert.InRange(positive, rate - 0.015, rate + 0.015);
    }

    [Fact]
    public void Complaints_and_cancellation_requests_make_leaving_likelier()
    {
        var table = SyntheticChurnData.Generate(20_000, seed: 12);
        var complaints = table.Columns.ToList().IndexOf(ChurnFeatureNames.Complaints90d);
        var cancellations = table.Columns.ToList().IndexOf(ChurnFeatureNames.CancellationRequests90d);
        double Rate(IEnumerable<string?[]> rows) => rows.Average(r => r[^1] == ChurnFeatureNames.Positive ? 1.0 : 0.0);

        var troubled = table.Rows.Where(r => r[complaints] != "0" || r[cancellations] != "0").ToArray();
        var quiet = table.Rows.Where(r => r[complaints] == "0" && r[cancellations] == "0").ToArray();

        Assert.NotEmpty(troubled);
        Assert.True(Rate(troubled) > Rate(quiet) + 0.1, $"troubled {Rate(troubled):0.000}, quiet {Rate(quiet):0.000}");
    }
}
