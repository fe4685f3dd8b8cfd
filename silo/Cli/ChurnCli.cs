using System.CommandLine;
using System.CommandLine.Help;
using ContactCenter.Churn;
using Spectre.Console;

namespace ContactCenter.Silo.Cli;

/// <summary>`silo churn train|score ...`: trains and applies churn models from CSV files, without starting the silo.</summary>
public static class ChurnCli
{
    /// <summary>Exit code for bad input (a file, a column, an option); the message names it on one line.</summary>
    public const int BadInput = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = 160;
        // A plain "churn" command as the root, so help reads "churn train", not the silo executable's name.
        var root = new Command("churn", "Churn models: train one from a labeled CSV, or score a CSV with one.")
        {
            ChurnTrainCommand.Create(console, error),
            ChurnScoreCommand.Create(console, error),
            new HelpOption(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await error.WriteLineAsync($"churn: {parse.Errors[0].Message}");
            return BadInput;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);
    }

    /// <summary>Runs a command's work; bad input becomes one line on the error writer and exit code 2.</summary>
    internal static int Guard(TextWriter error, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (ChurnDataException ex)
        {
            error.WriteLine(ex.Message.StartsWith(ex.Field, StringComparison.Ordinal) ? $"churn: {ex.Message}" : $"churn: {ex.Field}: {ex.Message}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("churn: cancelled");
            return 1;
        }
    }

    internal static Option<string> RequiredPath(string name, string description) =>
        new(name) { Description = description, Required = true, CustomParser = r => FullPath(r.Tokens[^1].Value) };

    internal static string ExistingFile(string option, string path) =>
        File.Exists(path) ? path : throw new ChurnDataException(option, $"{option}: file not found: {path}");

    /// <summary>
    /// Relative paths are taken from the shell's directory (PWD): `dotnet run --project silo` starts the program in
    /// silo/, so the current directory is not where the user typed the command.
    /// </summary>
    private static string FullPath(string path)
    {
        var shell = Environment.GetEnvironmentVariable("PWD");
        return Path.GetFullPath(path, Path.IsPathRooted(shell) && Directory.Exists(shell) ? shell : Environment.CurrentDirectory);
    }
}
