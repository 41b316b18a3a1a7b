namespace EdgeQueue.Central.Booking.Administration;

/// <summary>A form or template to attach to a matter (at most 10 MB).</summary>
public sealed record AttachmentDraft(int MatterId, string Title, string FileName, string ContentType, byte[] Content);
