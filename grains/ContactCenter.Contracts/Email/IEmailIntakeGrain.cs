namespace ContactCenter.Contracts;

/// <summary>
/// Receives inbound email: matches the sender to a customer, threads the message into an open case (by its
/// references or a case reference in the subject) or opens one, chooses the queue by the email routing rules and
/// queues an Email interaction. The same message id twice is answered, not queued again. Key: the message id
/// without angle brackets (see <see cref="InboundEmail.Bare"/>).
/// </summary>
public interface IEmailIntakeGrain : IGrainWithStringKey
{
    Task<EmailAccepted> Receive(InboundEmail email);
}
