using ContactCenter.Load.Engine;
using ScottPlot;

namespace ContactCenter.Load.Results;

/// <summary>The run's PNG charts: waiting and service level over time, the wait distribution and the routing-latency distribution.</summary>
internal static class RunCharts
{
    private const int Width = 900, Height = 420;

    public static string Timeline(IReadOnlyList<TimelinePoint> points, string path)
    {
        var plot = new Plot();
        var hours = points.Count > 0 && points[^1].AtSeconds > 3 * 3600;
        double[] xs = points.Select(p => hours ? p.AtSeconds / 3600 : p.AtSeconds / 60).ToArray();
        var waiting = plot.Add.Scatter(xs, points.Select(p => (double)p.Waiting).ToArray());
        waiting.LegendText = "waiting";
        waiting.MarkerSize = 0;
        var sl = plot.Add.Scatter(xs, points.Select(p => p.ServiceLevelPercent).ToArray());
        sl.LegendText = "service level so far (%)";
        sl.MarkerSize = 0;
        sl.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "service level (%)";
        plot.Axes.Left.Label.Text = "callers waiting";
        plot.Axes.Bottom.Label.Text = hours ? "simulated hours" : "simulated minutes";
        plot.Title("Waiting callers and service level");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, Width, Height);
        return path;
    }

    public static string Histogram(IReadOnlyList<double> values, string title, string unit, string path)
    {
        var plot = new Plot();
        if (values.Count > 0)
        {
            // The top 1% is left out of the bins so one outlier does not squash the shape; the title says so.
            var sorted = values.Order().ToArray();
            var top = Math.Max(sorted[(int)Math.Floor(0.99 * (sorted.Length - 1))], 1e-9);
            const int bins = 40;
            var width = top / bins;
            var counts = new double[bins];
            foreach (var v in sorted.Where(v => v <= top)) counts[Math.Min(bins - 1, (int)(v / width))]++;
            var bars = plot.Add.Bars(Enumerable.Range(0, bins).Select(i => (i + 0.5) * width).ToArray(), counts);
            foreach (var bar in bars.Bars) bar.Size = width * 0.9;
        }
        plot.Title($"{title} (up to p99, {values.Count:N0} samples)");
        plot.Axes.Bottom.Label.Text = unit;
        plot.Axes.Left.Label.Text = "calls";
        plot.Axes.Margins(bottom: 0);
        plot.SavePng(path, Width, Height);
        return path;
    }
}
