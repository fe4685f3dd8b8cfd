namespace ContactCenter.Dashboard.Components.SelfService;

/// <summary>A refusal to show: under the named field, or above the form when Field is null.</summary>
public sealed record FieldProblem(string? Field, string Message);

/// <summary>The "open a request" form as posted.</summary>
public sealed class OpenRequestInput
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Subject { get; set; }
    public string? Product { get; set; }
    public string? Description { get; set; }
}

/// <summary>The "check a request" form, and the comment form (which carries the reference and token along).</summary>
public sealed class CheckRequestInput
{
    public string? Reference { get; set; }
    public string? Token { get; set; }
    public string? Text { get; set; }
}
