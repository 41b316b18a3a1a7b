namespace EdgeQueue.Central.Booking.Administration;

/// <summary>Refusals of administration commands, in Polish and English.</summary>
internal static class AdminErrors
{
    public static AdminError NotFound(string whatPl, string whatEn) =>
        new(AdminErrorCode.NotFound, $"Nie znaleziono: {whatPl}.", $"Not found: {whatEn}.");

    public static AdminError Invalid(string field, string message, string messageEn) =>
        new(AdminErrorCode.Invalid, message, messageEn, field);

    public static AdminError Conflict(string message, string messageEn) =>
        new(AdminErrorCode.Conflict, message, messageEn);
}
