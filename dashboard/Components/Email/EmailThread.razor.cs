using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using ContactCenter.Grains.Email;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContactCenter.Dashboard.Components.Email;

/// <summary>
/// An email work item in the console: the case's messages in and out, and the reply composer. The reply id is chosen
/// once per draft, so a double click or a retry sends once; the case and the outbox grain validate everything.
/// </summary>
public sealed partial class EmailThread
{
    [Parameter, EditorRequired] public WorkItem Item { get; set; } = null!;
    [Parameter] public ScreenPop? Pop { get; set; }
    [Parameter] public EventCallback<string> OnError { get; set; }
    [Inject] private EmailCommands Email { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState>? Auth { get; set; }

    private CaseSnapshot? Case { get; set; }
    private string From => Pop?.Interaction.Attributes.GetValueOrDefault(EmailAttributes.From) ?? "the customer";
    private IEnumerable<CaseEvent> Messages => Case?.Timeline.Where(e => e.Kind is CaseEventKind.EmailReceived or CaseEventKind.EmailSent) ?? [];
    private bool CanReply => Item.Status is WorkStatus.Connected or WorkStatus.WrapUp && !Item.IsConsult;

    private string? To { get; set; }
    private string? Subject { get; set; }
    private string? Text { get; set; }
    private string? ArticleId { get; set; }
    private string? Error { get; set; }
    private string? ErrorField { get; set; }
    private bool Sending { get; set; }
    private EmailDelivery? Last { get; set; }
    private string _replyId = NewReplyId();
    private bool _looked;

    protected override async Task OnParametersSetAsync()
    {
        if (Case is not null || Pop is null) return;
        try { Case = await Email.CaseOf(Pop.Interaction); }
        catch (ContactCenterException e) { await OnError.InvokeAsync($"Could not read the email's case: {e.Message}"); }
        _looked = true;
        if (Case is null) return;
        To ??= Pop.Interaction.Attributes.GetValueOrDefault(EmailAttributes.From);
        Subject ??= EmailThreading.ReplySubject(Case.Subject, Case.CaseId);
    }

    private async Task Send()
    {
        if (Case is null || Sending) return;
        (Sending, Error, ErrorField) = (true, null, null);
        try
        {
            var user = Auth is null ? null : (await Auth).User.Identity?.Name;
            var article = string.IsNullOrWhiteSpace(ArticleId) ? null : ArticleId.Trim();
            Last = await Email.Reply(user, _replyId, new EmailReplyDraft(Case.CaseId, To?.Trim() ?? "", Subject ?? "", Text ?? "", article));
            (Text, ArticleId, _replyId) = (null, null, NewReplyId());
            Case = await Email.CaseOf(Pop!.Interaction);
        }
        catch (ContactCenterException e) { (Error, ErrorField) = (e.Message, e.Field is "to" or "subject" or "text" or "articleId" ? e.Field : null); }
        finally { Sending = false; }
    }

    private static string DeliveryText(EmailDelivery d) => d.Status switch
    {
        EmailDeliveryStatus.Sent => $"Sent at {d.SentAt:HH:mm} UTC",
        EmailDeliveryStatus.Retrying => $"Saved on the case; sending failed ({d.LastError}), retrying at {d.NextAttemptAt:HH:mm} UTC",
        EmailDeliveryStatus.Failed => $"Saved on the case, but could not be sent: {d.LastError}",
        _ => "Saved on the case; sending…",
    };

    private static string NewReplyId() => $"reply-{Guid.NewGuid():N}";
}
