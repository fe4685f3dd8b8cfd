using System.Text.Json;
using ContactCenter.Load.Cases;
using ContactCenter.Load.Cli;

namespace ContactCenter.Load.Tests.Cases;

/// <summary>`cases`: a small simulated day on the virtual clock fires escalations and reports every figure.</summary>
public sealed class CasesDayTests
{
    [Fact]
    public async Task A_small_simulated_day_fires_escalations_through_the_reminders_and_reports_every_figure()
    {
        var output = new FileInfo(Path.Combine(Path.GetTempPath(), $"cases-{Guid.NewGuid():N}.json"));
        var result = await CasesRunner.RunDayAsync(new CasesOptions(200, output, StepSeconds: 120), CancellationToken.None);

        Assert.True(result.Completed, $"the day stopped at {result.ReachedAt}");
        Assert.True(result.EscalationsFired > 0);
        Assert.True(result.BreachesFired > 0);
        Assert.True(result.EscalationsByStep.GetValueOrDefault(nameof(ContactCenter.Contracts.EscalationStep.Reassigned)) > 0, string.Join(", ", result.EscalationsByStep));
        Assert.True(result.RemindersFired > 0);
        Assert.Equal(0, result.RemindersMissing);
        Assert.True(result.RemindersRegisteredAfterOpening > 0);
        // Virtual time stands still while a step's deadlines fire, so none is later than its step.
        Assert.True(result.LatenessSeconds.Samples > 0);
        Assert.InRange(result.LatenessSeconds.Max, 0, result.StepSeconds);
        Assert.True(result.LatenessSeconds.Max > 0, "cases open within steps, so some deadlines fall between step edges");
        Assert.True(result.StartedByWorkers > 0 && result.ResolvedByWorkers > 0);
        Assert.Equal(12 * 24, result.Warnings.PredictionRuns);
        Assert.True(result.Warnings.Breaches > 0);
        Assert.Equal(24, result.ByHour.Count);
        Assert.Equal(result.EscalationsFired, result.ByHour.Sum(h => h.Escalations));

        await CasesReport.WriteAsync(result, output, CancellationToken.None);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output.FullName, CancellationToken.None));
        var root = json.RootElement;
        foreach (var name in new[] { "escalationsFired", "escalationsByStep", "byHour", "remindersRegisteredAfterOpening", "remindersRegisteredAtEnd", "wallSeconds", "timeModel" })
            Assert.True(root.TryGetProperty(name, out _), $"the report has no {name}");
        foreach (var name in new[] { "p50", "p99", "max" })
        {
            Assert.True(root.GetProperty("latenessSeconds").TryGetProperty(name, out _), name);
            Assert.True(root.GetProperty("firingWallMs").TryGetProperty(name, out _), name);
        }
        foreach (var name in new[] { "managedBytesPerCase", "workingSetBytesPerCase" }) Assert.True(root.GetProperty("memory").TryGetProperty(name, out _), name);
        foreach (var name in new[] { "precision", "recall", "medianLeadMinutes", "warnedCases", "breaches" })
            Assert.True(root.GetProperty("warnings").TryGetProperty(name, out _), name);
        output.Delete();
    }

    [Fact]
    public void Warning_quality_counts_only_warnings_that_came_before_the_breach()
    {
        var t = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var quality = WarningQuality.Of(
        [
            (t, t.AddMinutes(20)),              // warned 20 minutes ahead
            (t.AddMinutes(5), t.AddMinutes(15)), // warned 10 minutes ahead
            (t.AddMinutes(30), t.AddMinutes(10)), // warned after it breached: not warned
            (null, t.AddMinutes(40)),           // missed
            (t, null),                          // false alarm
        ], runs: 3, sent: 7);

        Assert.Equal((4, 4, 2), (quality.WarnedCases, quality.Breaches, quality.WarnedBreaches));
        Assert.Equal(0.5, quality.Precision);
        Assert.Equal(0.5, quality.Recall);
        Assert.Equal(10, quality.MedianLeadMinutes);
    }

    [Theory]
    [InlineData("--cases", "0")]
    [InlineData("--cases", "300000")]
    [InlineData("--step-seconds", "0")]
    public void Bad_values_are_refused_naming_the_option(string option, string value)
    {
        var (errors, options) = CommandCapture.Parse<CasesOptions>(run => CasesCommand.Create(run), option, value);

        Assert.Null(options);
        Assert.Contains(errors, e => e.Contains(option, StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_reads_the_case_count_and_the_output_file()
    {
        var (errors, options) = CommandCapture.Parse<CasesOptions>(run => CasesCommand.Create(run), "--cases", "10000", "--out", "/tmp/cases-10k.json");

        Assert.Empty(errors);
        Assert.Equal(10_000, options!.Cases);
        Assert.Equal("/tmp/cases-10k.json", options.Output.FullName);
    }
}
