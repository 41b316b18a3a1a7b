namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>An attachment with its bytes, for download.</summary>
public sealed record AttachmentContent(AttachmentInfo Info, byte[] Content);
