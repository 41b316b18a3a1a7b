namespace EdgeQueue.Central.Email;

/// <summary>A plain-text e-mail with optional attachments (e.g. the visit's .ics file).</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, IReadOnlyList<EmailAttachment> Attachments);
