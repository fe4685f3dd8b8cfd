using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Email;

/// <summary>
/// One inbound message. Every step is idempotent (ids derive from the message id; the case drops a repeated
/// message; the interaction answers a retried create), so a delivery cut short is finished by the gateway's retry.
/// The result is stored last: the same message id afterwards answers it without doing anything.
/// </summary>
public sealed class EmailIntakeGrain(
    [PersistentState("email-intake", GrainStorage.Name)] IPersistentState<EmailIntakeState> state,
    TimeProvider time,
    ILogger<EmailIntakeGrain> logger) : Grain, IEmailIntakeGrain
{
    public async Task<EmailAccepted> Receive(InboundEmail email)
    {
        if (email is null) throw ContactCenterException.Invalid("body", "An email is required.");
        email.Validate();
        var messageId = InboundEmail.Bare(email.MessageId);
        if (messageId != this.GetPrimaryKeyString())
            throw ContactCenterException.Invalid("messageId", $"messageId '{messageId}' does not match this intake ('{this.GetPrimaryKeyString()}').");
        if (state.State.Accepted is { } done) return done with { Duplicate = true };

        var sender = EmailAddressRules.RequireMailbox(email.From, "from");
        var mailbox = EmailAddressRules.RequireMailbox(email.To, "to").Address;
        var customerId = await CustomerFor(sender);
        var threaded = await ThreadedCase(email, customerId);
        var route = EmailRules.Route(await Routing(), mailbox, email.Subject, email.Body);
        var caseId = threaded ?? EmailThreading.CaseIdFor(messageId);
        if (threaded is null)
            await Case(caseId).Create(new CaseDraft(customerId, CaseSubject(email.Subject), route.QueueId, CasePriority.Normal, Channel.Email));
        await Case(caseId).AddCustomerMessage(new CustomerMessage(CaseEventKind.EmailReceived, email.Body, messageId, email.Subject?.Trim()));
        await GrainFactory.GetGrain<IEmailThreadGrain>(messageId).Register(caseId);

        var interactionId = EmailThreading.InteractionIdFor(messageId);
        await GrainFactory.GetGrain<IInteractionGrain>(interactionId).Create(new NewInteraction(Channel.Email, customerId, null,
            Attributes(caseId, sender.Address, mailbox, email.Subject), route.BasePriority, route.QueueId, route.ExtraSkills));
        await Case(caseId).LinkInteraction(interactionId);

        state.State.Accepted = new EmailAccepted(caseId, interactionId, customerId, threaded is not null, route.QueueId);
        await state.WriteStateAsync();
        logger.LogInformation("Email {MessageId} from customer {CustomerId} {How} case {CaseId}, queued in {QueueId} as {InteractionId}",
            messageId, customerId, threaded is null ? "opened" : "threaded into", caseId, route.QueueId, interactionId);
        return state.State.Accepted;
    }

    /// <summary>The customer who gave this address; an unknown sender gets a customer record with it, so the next message matches.</summary>
    private async Task<string> CustomerFor(System.Net.Mail.MailAddress sender)
    {
        var key = EmailAddresses.Key(sender.Address);
        if (await GrainFactory.GetGrain<ICustomerEmailIndexGrain>(key).Find() is { } known) return known;
        var id = EmailThreading.CustomerIdFor(key);
        var name = string.IsNullOrWhiteSpace(sender.DisplayName) ? sender.Address : sender.DisplayName.Trim();
        var customer = GrainFactory.GetGrain<ICustomerGrain>(id);
        try { await customer.GetSnapshot(); }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound)
        {
            await customer.Upsert(new CustomerProfile(id, name.Length > Bounds.MaxName ? name[..Bounds.MaxName] : name, 0, time.GetUtcNow(), Email: sender.Address));
        }
        return id;
    }

    /// <summary>
    /// A case this message answers: by In-Reply-To and References first, then a case reference in the subject. Only a
    /// case of the same customer (a stranger must not write into someone's case), open or recently resolved.
    /// </summary>
    private async Task<string?> ThreadedCase(InboundEmail email, string customerId)
    {
        var now = time.GetUtcNow();
        foreach (var id in EmailThreading.ThreadIds(email))
            if (await GrainFactory.GetGrain<IEmailThreadGrain>(id).Find() is { } caseId && await Takes(caseId, customerId, now)) return caseId;
        return EmailThreading.CaseReferenceIn(email.Subject) is { } referenced && await Takes(referenced, customerId, now) ? referenced : null;
    }

    private async Task<bool> Takes(string caseId, string customerId, DateTimeOffset now)
    {
        try
        {
            var c = await Case(caseId).GetSnapshot();
            if (c.CustomerId == customerId && EmailThreading.Accepts(c, now)) return true;
            logger.LogInformation("Email for case {CaseId} not threaded: {Why}", caseId, c.CustomerId != customerId ? "another customer's case" : $"{c.Status} too long");
            return false;
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { return false; }
    }

    /// <summary>The email routing rules; a center that never set them routes by its catch-all email entry rule.</summary>
    private async Task<EmailRouting> Routing()
    {
        try { return await GrainFactory.GetGrain<IEmailRoutingGrain>(EmailRoutingGrain.Key).Get(); }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound)
        {
            var rules = await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).GetEntryRules();
            var catchAll = rules.FirstOrDefault(r => r.Channel is null or Channel.Email && r.Match.Count == 0)
                ?? throw ContactCenterException.Conflict("No email routing is configured and no entry rule takes every email; PUT /api/email/rules first.");
            return new EmailRouting([], catchAll.QueueId);
        }
    }

    private static string CaseSubject(string? subject) => subject?.Trim() is { Length: > 0 } s ? s.Length > CaseDraft.MaxSubject ? s[..CaseDraft.MaxSubject] : s : "(no subject)";

    private static Dictionary<string, string> Attributes(string caseId, string from, string mailbox, string? subject) => new()
    {
        [EmailAttributes.CaseId] = caseId,
        [EmailAttributes.From] = from,
        [EmailAttributes.Mailbox] = mailbox,
        [EmailAttributes.Subject] = subject?.Trim() is { Length: > 0 } s ? s.Length > Bounds.MaxAttributeValue ? s[..Bounds.MaxAttributeValue] : s : "(no subject)",
    };

    private ICaseGrain Case(string caseId) => GrainFactory.GetGrain<ICaseGrain>(caseId);
}

[GenerateSerializer, Alias("cc.email-intake-state")]
public sealed class EmailIntakeState
{
    [Id(0)] public EmailAccepted? Accepted { get; set; }
}
