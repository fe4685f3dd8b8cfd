using ScottPlot;

namespace ContactCenter.Load.Replay;

/// <summary>Mean and p90 wait by priority class, historical next to each replayed policy.</summary>
internal static class ReplayCharts
{
    public static string MeanWaits(ReplayResult result, string path)
    {
        var plot = new Plot();
        var columns = new List<(string Name, ReplayFigures Figures)> { ("historical", result.Historical) };
        columns.AddRange(result.Replays.Select(r => ($"replayed {r.Policy}", r.Figures)));
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        string[] classes = ["regular mean", "priority mean", "regular p90", "priority p90"];
        for (var g = 0; g < classes.Length; g++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var f = columns[c].Figures;
                var value = g switch { 0 => f.Regular.MeanWaitSeconds, 1 => f.Priority.MeanWaitSeconds, 2 => f.Regular.P90WaitSeconds, _ => f.Priority.P90WaitSeconds };
                bars.Add(new Bar { Position = g * (columns.Count + 1) + c, Value = value, FillColor = palette.GetColor(c) });
            }
            ticks.Add(new Tick(g * (columns.Count + 1) + (columns.Count - 1) / 2.0, classes[g]));
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Legend.ManualItems.AddRange(columns.Select((c, i) => new LegendItem { LabelText = c.Name, FillColor = palette.GetColor(i) }));
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Left.Label.Text = "wait (s)";
        plot.Axes.Margins(bottom: 0);
        plot.Title("Waits by priority: history and replay");
        plot.SavePng(path, 900, 420);
        return path;
    }
}
