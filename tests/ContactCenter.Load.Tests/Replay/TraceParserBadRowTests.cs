using ContactCenter.Load.Replay;
using static ContactCenter.Load.Tests.Replay.TraceTsv;

namespace ContactCenter.Load.Tests.Replay;

public sealed class TraceParserBadRowTests
{
    [Fact]
    public void Truncated_row_is_bad_for_its_field_count()
    {
        var row = Row();
        var truncated = row[..row.LastIndexOf('\t')];

        Assert.Equal(TraceReasons.WrongFieldCount, BadReasonOf(truncated));
    }

    [Fact]
    public void Row_with_an_extra_field_is_bad_for_its_field_count() =>
        Assert.Equal(TraceReasons.WrongFieldCount, BadReasonOf(Row() + "\tEXTRA"));

    [Theory]
    [InlineData("991301")]
    [InlineData("990230")]
    [InlineData("99021")]
    [InlineData("1999-02-01")]
    public void Unparseable_date_is_bad(string date) =>
        Assert.Equal(TraceReasons.BadDate, BadReasonOf(Row(("date", date))));

    [Theory]
    [InlineData("vru_entry", "8:00")]
    [InlineData("vru_exit", "24:00:00")]
    [InlineData("q_start", "8:60:10")]
    [InlineData("q_exit", "eight")]
    [InlineData("ser_start", "8:0:30")]
    [InlineData("ser_exit", "")]
    public void Unparseable_time_is_bad_and_names_its_column(string column, string value) =>
        Assert.Equal($"bad time in {column}", BadReasonOf(Row((column, value))));

    [Theory]
    [InlineData("call_id", "abc", "not a number in call_id")]
    [InlineData("call_id", "-5", "negative number in call_id")]
    [InlineData("priority", "x", "not a number in priority")]
    [InlineData("vru_time", "ten", "not a number in vru_time")]
    [InlineData("q_time", "", "not a number in q_time")]
    [InlineData("ser_time", "1e400", "not a number in ser_time")]
    public void Non_numeric_or_negative_number_is_bad_and_names_its_column(string column, string value, string reason) =>
        Assert.Equal(reason, BadReasonOf(Row((column, value))));

    [Theory]
    [InlineData("vru_time")]
    [InlineData("q_time")]
    [InlineData("ser_time")]
    public void Negative_duration_column_is_bad_and_names_its_column(string column) =>
        Assert.Equal(TraceReasons.NegativeDuration(column), BadReasonOf(Row((column, "-57"))));

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    public void Priority_other_than_0_1_or_2_is_bad(string priority) =>
        Assert.Equal(TraceReasons.BadPriority, BadReasonOf(Row(("priority", priority))));

    [Fact]
    public void Unknown_outcome_is_bad() =>
        Assert.Equal(TraceReasons.UnknownOutcome, BadReasonOf(Row(("outcome", "TRANSFER"))));

    [Fact]
    public void Queue_exit_before_queue_start_on_the_same_day_is_a_negative_duration() =>
        Assert.Equal(TraceReasons.QueueEndsBeforeStart, BadReasonOf(Row(("q_start", "8:00:40"), ("q_exit", "8:00:30"))));

    [Fact]
    public void Queue_start_read_as_past_midnight_but_exit_not_is_a_negative_duration()
    {
        // The real file's clock-skew rows: q_start a minute before vru_entry reads as the next day.
        var row = Row(("vru_entry", "9:48:14"), ("vru_exit", "9:48:20"), ("q_start", "9:47:17"), ("q_exit", "9:50:11"));

        Assert.Equal(TraceReasons.QueueEndsBeforeStart, BadReasonOf(row));
    }

    [Fact]
    public void Service_exit_before_service_start_is_a_negative_duration() =>
        Assert.Equal(TraceReasons.ServiceEndsBeforeStart, BadReasonOf(Row(("ser_start", "8:02:10"), ("ser_exit", "8:00:30"))));

    [Fact]
    public void Empty_server_is_bad() =>
        Assert.Equal(TraceReasons.Empty("server"), BadReasonOf(Row(("server", ""))));

    [Fact]
    public void Bad_phantom_row_counts_as_bad_not_excluded() =>
        Assert.Equal(TraceReasons.NegativeDuration("vru_time"), BadReasonOf(Row(("outcome", "PHANTOM"), ("vru_time", "-39"))));

    [Fact]
    public void First_problem_in_a_row_is_the_one_reported() =>
        Assert.Equal(TraceReasons.BadDate, BadReasonOf(Row(("date", "x"), ("outcome", "?"))));
}
