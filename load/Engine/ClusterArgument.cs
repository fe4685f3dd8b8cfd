using Spectre.Console;

namespace ContactCenter.Load.Engine;

internal static class ClusterArgument
{
    /// <summary>Checks --cluster before anything starts; prints the reason when it is refused.</summary>
    public static bool IsValid(string gateway)
    {
        try
        {
            LoadCluster.ParseGateway(gateway);
            return true;
        }
        catch (ArgumentException ex)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            return false;
        }
    }
}
