using System.Text.RegularExpressions;

namespace ContactCenter.TestSupport;

/// <summary>Signs in through the dashboard's real login form: fetch the antiforgery token, post the form.</summary>
public static partial class LoginForm
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string user, string password, string returnUrl = "/")
    {
        var token = TokenPattern().Match(await browser.GetStringAsync("/login")).Groups[1].Value;
        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["UserName"] = user, ["Password"] = password, ["ReturnUrl"] = returnUrl,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
