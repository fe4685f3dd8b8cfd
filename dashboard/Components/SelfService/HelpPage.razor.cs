using ContactCenter.Contracts;
using ContactCenter.Dashboard.SelfService;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.Components.SelfService;

/// <summary>
/// The public help page: search articles, open a request, check one and comment. Server-rendered forms without a
/// circuit, so each post is one HTTP request with the client's address for the rate limits, the token travels only
/// in form bodies (never a URL), and an agent's change shows when the customer refreshes.
/// </summary>
public sealed partial class HelpPage
{
    [Inject] private SelfServiceDesk Desk { get; set; } = null!;
    [Inject] private ILogger<HelpPage> Logger { get; set; } = null!;
    [CascadingParameter] private HttpContext? Http { get; set; }

    [SupplyParameterFromQuery(Name = "q")] private string? Q { get; set; }
    [SupplyParameterFromForm(FormName = "open")] private OpenRequestInput? Open { get; set; }
    [SupplyParameterFromForm(FormName = "check")] private CheckRequestInput? Check { get; set; }
    [SupplyParameterFromForm(FormName = "comment")] private CheckRequestInput? Reply { get; set; }

    private IReadOnlyList<SelfServiceProduct> Products { get; set; } = [];
    private ArticleSearch? Search { get; set; }
    private string? SearchError { get; set; }
    private ServiceRequestReceipt? Receipt { get; set; }
    private ServiceRequestView? View { get; set; }
    private string? HeldToken { get; set; }
    private FieldProblem? OpenError { get; set; }
    private string? CheckError { get; set; }
    private FieldProblem? CommentError { get; set; }
    private string? Throttled { get; set; }
    private bool _commentHandled;

    /// <summary>A comment was posted and its handler has not run yet.</summary>
    private bool AwaitingComment => Reply?.Reference is not null && !_commentHandled;

    private string Address => Http is { } http ? SelfServiceEndpoints.Address(http) : "unknown";

    protected override async Task OnInitializedAsync()
    {
        Open ??= new();
        Check ??= new();
        try { Products = await Desk.Products(); }
        catch (Exception ex) { Logger.LogWarning(ex, "The help page could not load the products"); }
        if (string.IsNullOrWhiteSpace(Q)) return;
        try { Search = await Desk.SearchArticles(Q, Address); }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid) { SearchError = e.Message; }
        catch (TooManyRequestsException e) { Refuse(e); }
    }

    private async Task OpenAsync()
    {
        var form = new ServiceRequestForm(Open!.Name, Open.Email, Open.Subject, Open.Description, Open.Product);
        try
        {
            Receipt = await Desk.Open(form, Address);
            NoStore();
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid) { OpenError = new(e.Field, e.Message); }
        catch (ContactCenterException e) { OpenError = new(null, e.Message); }
        catch (TooManyRequestsException e) { Refuse(e); }
    }

    private async Task CheckAsync() => await Show(() => Desk.View(Check!.Reference, Check.Token, Address), Check!.Token);

    private async Task CommentAsync()
    {
        await Show(() => Desk.Comment(Reply!.Reference, Reply.Token, Reply.Text, Address), Reply!.Token);
        _commentHandled = true;
        if (View is not null && CommentError is null) Reply.Text = null;
    }

    private async Task Show(Func<Task<ServiceRequestView>> lookup, string? token)
    {
        NoStore();
        try
        {
            View = await lookup();
            HeldToken = token;
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid)
        {
            CommentError = new(e.Field, e.Message);
            // The comment was refused, not the token: show the request again with the message.
            try { View = await Desk.View(Reply?.Reference, token, Address); HeldToken = token; }
            catch (Exception) { View = null; }
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { CheckError = e.Message; }
        catch (TooManyRequestsException e) { Refuse(e); }
    }

    /// <summary>429 with Retry-After, as the API answers, and the wait in words.</summary>
    private void Refuse(TooManyRequestsException e)
    {
        Throttled = $"{e.Message} (about {Math.Max(1, (e.RetryAfterSeconds + 59) / 60)} min)";
        if (Http is not { Response.HasStarted: false } http) return;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A page holding a token is never cached.</summary>
    private void NoStore()
    {
        if (Http is { Response.HasStarted: false } http) http.Response.Headers.CacheControl = "no-store";
    }

    private static string? Invalid(FieldProblem? error, string field) => error?.Field == field ? "true" : null;

    private static string? Described(FieldProblem? error, string field, string id) => error?.Field == field ? $"{id}-error" : null;
}
