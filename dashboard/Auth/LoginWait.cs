namespace ContactCenter.Dashboard.Auth;

/// <summary>A lockout's remaining time in words for the sign-in page ("14 minutes", "40 seconds").</summary>
public static class LoginWait
{
    public static string Describe(int? seconds) => seconds switch
    {
        null or <= 0 => "a few minutes",
        1 => "1 second",
        < 60 => $"{seconds} seconds",
        < 120 => "1 minute",
        _ => $"{(seconds + 59) / 60} minutes",
    };
}
