namespace EdgeQueue.Central.Booking.Visits;

/// <summary>The resident's data after validation: trimmed, PESEL as 11 digits.</summary>
internal sealed record ValidVisitForm(string PeselDigits, string FirstName, string LastName, string Email, string? Phone)
{
    /// <summary>What a hall's screen and hub may show: "Jan K.".</summary>
    public string DisplayName => $"{FirstName} {char.ToUpperInvariant(LastName[0])}.";
}
