using System.CommandLine;

namespace ContactCenter.Load.Tests;

/// <summary>Parses a command's arguments and captures the options its action would have run with (null on errors).</summary>
internal static class CommandCapture
{
    public static (IReadOnlyList<string> Errors, T? Options) Parse<T>(
        Func<Func<T, CancellationToken, Task<int>>, Command> create, params string[] args) where T : class
    {
        T? captured = null;
        var parse = create((options, _) =>
        {
            captured = options;
            return Task.FromResult(0);
        }).Parse(args);
        if (parse.Errors.Count == 0) parse.Invoke();
        return (parse.Errors.Select(e => e.Message).ToArray(), captured);
    }
}
