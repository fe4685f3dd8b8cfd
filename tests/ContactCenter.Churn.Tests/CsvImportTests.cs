namespace ContactCenter.Churn.Tests;

public sealed class CsvImportTests
{
    [Fact]
    public void Blank_and_whitespace_cells_read_as_null_and_cells_are_trimmed()
    {
        var table = TestData.Csv("id,plan,spend\n1, gold ,\n2,   ,3.5\n");

        Assert.Equal(["id", "plan", "spend"], table.Columns);
        Assert.Equal<IEnumerable<string?>>(["1", "gold", null], table.Rows[0]);
        Assert.Equal<IEnumerable<string?>>(["2", null, "3.5"], table.Rows[1]);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas()
    {
        var table = TestData.Csv("id,note\n1,\"late, again\"\n");

        Assert.Equal("late, again", table.Rows[0][1]);
    }

    [Fact]
    public void A_ragged_row_names_its_line()
    {
        var ex = Assert.Throws<ChurnDataException>(() => TestData.Csv("a,b,c\n1,2,3\n4,5\n", "ragged.csv"));

        Assert.Equal("ragged.csv", ex.Field);
        Assert.Contains("line 3", ex.Message);
        Assert.Contains("2 fields", ex.Message);
    }

    [Fact]
    public void A_stray_quote_is_malformed_csv_with_its_line()
    {
        var ex = Assert.Throws<ChurnDataException>(() => TestData.Csv("a,b\n1,2\n3,x\"y\n", "quotes.csv"));

        Assert.Equal("quotes.csv", ex.Field);
        Assert.Contains("line 3", ex.Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var ex = Assert.Throws<ChurnDataException>(() => TestData.Csv("", "empty.csv"));

        Assert.Equal("empty.csv", ex.Field);
        Assert.Contains("empty", ex.Message);
    }

    [Fact]
    public void A_duplicate_column_name_is_refused()
    {
        var ex = Assert.Throws<ChurnDataException>(() => TestData.Csv("id,plan,plan\n1,a,b\n"));

        Assert.Equal("plan", ex.Field);
        Assert.Contains("twice", ex.Message);
    }

    [Fact]
    public void A_missing_file_names_the_path()
    {
        var ex = Assert.Throws<ChurnDataException>(() => ChurnCsv.Read("/no/such/file.csv"));

        Assert.Equal("/no/such/file.csv", ex.Field);
    }

    [Fact]
    public void Rows_from_dictionaries_take_every_column_seen_and_blank_the_missing_ones()
    {
        var table = ChurnTable.FromRows(
        [
            new Dictionary<string, string?> { ["a"] = "1", ["b"] = " " },
            new Dictionary<string, string?> { ["c"] = "x" },
        ], "rows");

        Assert.Equal(["a", "b", "c"], table.Columns);
        Assert.Equal<IEnumerable<string?>>(["1", null, null], table.Rows[0]);
        Assert.Equal<IEnumerable<string?>>([null, null, "x"], table.Rows[1]);
    }
}
