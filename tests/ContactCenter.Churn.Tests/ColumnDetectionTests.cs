using ContactCenter.Churn.Features;

namespace ContactCenter.Churn.Tests;

public sealed class ColumnDetectionTests
{
    private const string Tiny = """
        id,plan,spend,visits,code,flag,label
        a,gold,10,1,7,x,yes
        b,,20,2,n/a,x,no
        c,silver,,3,9,x,no
        d,gold,40,,12,x,yes
        e,gold,1e2,5,13,x,no
        """;

    private static Dictionary<string, ColumnEncoding> Detect(string csv)
    {
        var table = TestData.Csv(csv);
        var (used, dropped) = ColumnDetection.Detect(table, [.. Enumerable.Range(0, table.Rows.Count)], new HashSet<string> { "id", "label" });
        Assert.Equal(["flag"], dropped);
        return used.ToDictionary(c => c.Name);
    }

    [Fact]
    public void Columns_where_every_filled_cell_is_a_number_are_numeric_and_blanks_take_the_median()
    {
        var columns = Detect(Tiny);

        Assert.True(columns["spend"].Numeric);
        Assert.Equal(30, columns["spend"].Median); // 10, 20, 40, 100
        Assert.True(columns["spend"].MissingSlot);
        Assert.Equal(1, columns["spend"].Blanks);
        Assert.Equal(2, columns["spend"].Width);
        Assert.Equal(2.5, columns["visits"].Median);
    }

    [Fact]
    public void Columns_with_any_text_are_categorical_and_blank_is_its_own_category()
    {
        var columns = Detect(Tiny);

        Assert.False(columns["code"].Numeric); // "n/a" among numbers
        Assert.False(columns["plan"].Numeric);
        Assert.Equal(["gold", ColumnEncoding.BlankCategory, "silver"], columns["plan"].Categories);
        Assert.Equal("gold", columns["plan"].Baseline);
        Assert.Equal(1, columns["plan"].Blanks);
    }

    [Fact]
    public void Constant_id_and_label_columns_are_not_inputs()
    {
        var columns = Detect(Tiny);

        Assert.Equal(["plan", "spend", "visits", "code"], columns.Keys);
    }

    [Fact]
    public void Categories_beyond_the_cap_fold_into_other()
    {
        var rows = Enumerable.Range(0, 120).Select(i => $"r{i},{(i < 60 ? "common" : $"rare{i}")},{i},{i % 3},{i % 5},x,{(i % 2 == 0 ? "yes" : "no")}");
        var columns = Detect("id,plan,spend,visits,code,flag,label\n" + string.Join('\n', rows));

        Assert.Equal(ColumnDetection.MaxCategories, columns["plan"].Categories.Count);
        Assert.True(columns["plan"].OtherSlot);
        Assert.Equal("common", columns["plan"].Categories[0]);
    }

    [Fact]
    public void A_model_scores_rows_without_the_label_with_unseen_categories_and_missing_columns()
    {
        var model = new ChurnTrainer(TimeProvider.System).Train(TestData.Csv(SmallData.Csv()), SmallData.Spec());
        var columns = model.Info.Columns.ToDictionary(c => c.Name);

        Assert.Equal(["plan", "spend", "tenure"], columns.Keys); // customer is the id; region is constant
        Assert.True(columns["spend"].Numeric);
        Assert.True(columns["spend"].Blanks > 0);
        Assert.False(columns["plan"].Numeric);
        Assert.Equal(4, columns["plan"].Categories); // basic, (blank), gold, silver
        foreach (var row in new[]
        {
            new Dictionary<string, string?> { ["plan"] = "platinum", ["spend"] = "85", ["tenure"] = "1" },
            new Dictionary<string, string?> { ["spend"] = "not a number" },
            new Dictionary<string, string?>(),
        })
        {
            var p = model.Score(row).Probability;
            Assert.InRange(p, 0, 1);
        }
        var risky = model.Score(new Dictionary<string, string?> { ["plan"] = "basic", ["spend"] = "85", ["tenure"] = "1" }).Probability;
        var safe = model.Score(new Dictionary<string, string?> { ["plan"] = "gold", ["spend"] = "40", ["tenure"] = "15" }).Probability;
        Assert.True(risky > safe, $"risky {risky} vs safe {safe}");
    }
}
