namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>A downloadable form or template attached to a matter (content fetched separately).</summary>
public sealed record AttachmentInfo(int Id, int MatterId, string Title, string FileName, string ContentType, long Length);
