using ContactCenter.Load.Replay;
using static ContactCenter.Load.Tests.Replay.TraceTsv;

namespace ContactCenter.Load.Tests.Replay;

public sealed class TraceParserFormatTests
{
    [Fact]
    public void Columns_in_a_different_order_still_parse()
    {
        var reversed = Enumerable.Reverse(Header).ToArray();
        var text = string.Join('\t', reversed) + "\n" + RowIn(reversed, ("call_id", "77"), ("q_time", "20")) + "\n";

        var result = TraceParser.Parse(new StringReader(text));

        var call = Assert.Single(result.Calls);
        Assert.Equal(77, call.CallId);
        Assert.Equal(20, call.WaitSeconds);
        Assert.Equal("DORIT", call.Server);
    }

    [Theory]
    [InlineData("q_time")]
    [InlineData("server")]
    [InlineData("ser_start")]
    public void Missing_column_throws_invalid_data_naming_the_column(string missing)
    {
        var header = string.Join('\t', Header.Where(c => c != missing));

        var error = Assert.Throws<InvalidDataException>(() => TraceParser.Parse(new StringReader(header + "\n")));

        Assert.Contains($"'{missing}'", error.Message);
    }

    [Fact]
    public void Empty_input_throws_invalid_data_about_the_missing_header()
    {
        var error = Assert.Throws<InvalidDataException>(() => TraceParser.Parse(new StringReader("")));

        Assert.Contains("header", error.Message);
    }

    [Fact]
    public void Missing_file_throws_file_not_found_with_the_full_path()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "trace.tsv");

        var error = Assert.Throws<FileNotFoundException>(() => TraceParser.ParseFile(path));

        Assert.Contains(Path.GetFullPath(path), error.Message);
        Assert.Equal(Path.GetFullPath(path), error.FileName);
    }

    [Fact]
    public void Blank_lines_at_the_end_are_not_rows()
    {
        var result = TraceParser.Parse(new StringReader(Document(Row(), Row()) + "\n\n  \n"));

        Assert.Equal(2, result.Rows);
        Assert.Empty(result.Bad);
    }

    [Fact]
    public void Blank_line_between_rows_is_counted_as_bad()
    {
        var result = TraceParser.Parse(new StringReader(Document(Row(), "", Row())));

        AssertInvariant(result);
        Assert.Equal(3, result.Rows);
        Assert.Equal(1, result.Bad[TraceReasons.BlankLine]);
        Assert.Equal(new TraceLineProblem(3, TraceReasons.BlankLine), Assert.Single(result.Examples));
    }

    [Fact]
    public void Windows_line_endings_parse_like_unix_ones()
    {
        var result = TraceParser.Parse(new StringReader(Document(Row(), Row()).Replace("\n", "\r\n")));

        Assert.Equal(2, result.Calls.Count);
        Assert.Equal("DORIT", result.Calls[1].Server);
    }

    [Fact]
    public void Header_only_gives_an_empty_result()
    {
        var result = Parse();

        Assert.Equal(0, result.Rows);
        Assert.Empty(result.Calls);
    }
}
