namespace EdgeQueue.Central.Email;

/// <summary>Sends e-mail to residents. Implementations throw on failure; callers decide what a failure means.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellation = default);
}
