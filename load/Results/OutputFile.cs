using Spectre.Console;

namespace ContactCenter.Load.Results;

internal static class OutputFile
{
    /// <summary>Fails before a long run rather than after it when the output cannot be written.</summary>
    public static bool CheckWritable(FileInfo output)
    {
        try
        {
            output.Directory?.Create();
            using (output.Open(FileMode.Create, FileAccess.Write)) { }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLine($"[red]--out {Markup.Escape(output.FullName)} cannot be written: {Markup.Escape(ex.Message)}[/]");
            return false;
        }
    }
}
