using ScottPlot;

namespace ContactCenter.Load.ChurnCompare;

/// <summary>Bars by group, one colour per policy: the waits; abandonment and the expected churners.</summary>
internal static class ChurnCompareCharts
{
    private static readonly string[] Groups = [ChurnGroups.AtRiskHighValue, ChurnGroups.Others];

    public static string Waits(ChurnCompareResult result, string path) => Bars(result, path, "Waits by group and policy", "wait (s, simulated)",
    [
        ("mean wait", (run, group) => run.Service.Single(s => s.Group == group).MeanWaitSeconds),
        ("p90 wait", (run, group) => run.Service.Single(s => s.Group == group).P90WaitSeconds),
    ]);

    public static string Churn(ChurnCompareResult result, string path) => Bars(result, path, "Abandonment, and the churn that follows", "per 100",
    [
        ("abandoned per 100 calls", (run, group) => run.Service.Single(s => s.Group == group).AbandonPercent),
        ("expected churners per 100 callers", (run, group) => run.Churn.Single(c => c.Group == group).ChurnersPer100Callers),
    ]);

    private static string Bars(ChurnCompareResult result, string path, string title, string unit,
        IReadOnlyList<(string Measure, Func<ChurnPolicyRun, string, double> Read)> measures)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var runs = result.Runs;
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        var slot = 0;
        foreach (var (measure, read) in measures)
            foreach (var group in Groups)
            {
                for (var r = 0; r < runs.Count; r++)
                    bars.Add(new Bar { Position = slot * (runs.Count + 1) + r, Value = read(runs[r], group), FillColor = palette.GetColor(r) });
                ticks.Add(new Tick(slot * (runs.Count + 1) + (runs.Count - 1) / 2.0, $"{group}\n{measure}"));
                slot++;
            }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Legend.ManualItems.AddRange(runs.Select((r, i) => new LegendItem { LabelText = r.Name, FillColor = palette.GetColor(i) }));
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Left.Label.Text = unit;
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.SavePng(path, 900, 420);
        return path;
    }
}
