using ContactCenter.Contracts;
using ScottPlot;

namespace ContactCenter.Dashboard.Components.Analyst;

/// <summary>
/// The analyst's charts as inline SVG (ScottPlot), because a ROC curve and a risk history need real numeric
/// and time axes. Only numbers and fixed labels go into the SVG, never text from data.
/// </summary>
public static class ChurnCharts
{
    /// <summary>ROC curves (one per model, e.g. current and candidate) with the chance diagonal.</summary>
    public static string Roc(IReadOnlyList<(string Name, IReadOnlyList<RocPoint> Points)> curves, int width = 460, int height = 400)
    {
        var plot = NewPlot();
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LinePattern = LinePattern.Dashed;
        chance.Color = Colors.Gray;
        chance.LegendText = "chance";
        foreach (var (name, points) in curves)
        {
            var ordered = points.OrderBy(p => p.FalsePositiveRate).ThenBy(p => p.TruePositiveRate).ToList();
            double[] xs = [0, .. ordered.Select(p => p.FalsePositiveRate), 1];
            double[] ys = [0, .. ordered.Select(p => p.TruePositiveRate), 1];
            var line = plot.Add.Scatter(xs, ys);
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.LegendText = name;
        }
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.Axes.Bottom.Label.Text = "false positive rate";
        plot.Axes.Left.Label.Text = "true positive rate";
        plot.ShowLegend(Alignment.LowerRight);
        return Inline(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>Risk (%) over time, with the medium and high band thresholds.</summary>
    public static string RiskHistory(IReadOnlyList<RiskPoint> history, int width = 720, int height = 300)
    {
        var plot = NewPlot();
        var points = history.OrderBy(p => p.At).ToList();
        foreach (var (threshold, color) in new[] { (RiskBands.Medium, Colors.Orange), (RiskBands.High, Colors.Red) })
        {
            var line = plot.Add.HorizontalLine(threshold * 100);
            line.Color = color.WithAlpha(.5);
            line.LinePattern = LinePattern.Dotted;
        }
        var risk = plot.Add.Scatter(points.Select(p => p.At.UtcDateTime).ToArray(), points.Select(p => p.Risk * 100).ToArray());
        risk.LineWidth = 2;
        // A risk holds until the next score, so the line steps rather than slopes between scores.
        risk.ConnectStyle = ConnectStyle.StepHorizontal;
        risk.MarkerSize = points.Count > 40 ? 0 : 5;
        var time = plot.Axes.DateTimeTicksBottom();
        if (time.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks) ticks.LabelFormatter = t => t.ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var first = points[0].At.UtcDateTime;
        var last = points[^1].At.UtcDateTime;
        var pad = TimeSpan.FromTicks(Math.Max((last - first).Ticks / 20, TimeSpan.FromMinutes(2).Ticks));
        plot.Axes.SetLimitsX(first.Add(-pad).ToOADate(), last.Add(pad).ToOADate());
        plot.Axes.SetLimitsY(0, 100);
        plot.Axes.Left.Label.Text = "risk (%)";
        plot.Axes.Bottom.Label.Text = "scored at (UTC)";
        return Inline(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>Inline SVG for the page: no XML declaration, and a viewBox so it scales to its column keeping its proportions.</summary>
    private static string Inline(string svg, int width, int height)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = svg.IndexOf('>', start);
        return svg[start..end] + $" viewBox=\"0 0 {width} {height}\" style=\"width: 100%; max-width: {width}px; height: auto\"" + svg[end..];
    }

    /// <summary>A plot in the page's sans-serif style; SVG text is placed glyph by glyph, so the font must exist in the browser too.</summary>
    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        return plot;
    }
}
