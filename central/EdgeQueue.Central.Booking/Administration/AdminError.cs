namespace EdgeQueue.Central.Booking.Administration;

/// <summary>Why an administration command was refused: Polish message for the pages, English for the API.</summary>
public sealed record AdminError(AdminErrorCode Code, string Message, string MessageEn, string? Field = null);
