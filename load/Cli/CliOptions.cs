using System.CommandLine;

namespace ContactCenter.Load.Cli;

/// <summary>Option helpers shared by the commands.</summary>
internal static class CliOptions
{
    /// <summary>An integer option bounded to [1, max] (or [0, max]); the error names the option.</summary>
    public static Option<int> Positive(string name, string description, int defaultValue, int max, bool allowZero = false)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself; reading it here would throw.
            if (result.Tokens.Count > 0 && !int.TryParse(result.Tokens[^1].Value, out _)) return;
            var value = result.GetValueOrDefault<int>();
            if (value < (allowZero ? 0 : 1) || value > max)
                result.AddError($"{name} must be between {(allowZero ? 0 : 1)} and {max}; got {value}.");
        });
        return option;
    }
}
