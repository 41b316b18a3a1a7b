namespace EdgeQueue.Central.Booking.Visits;

/// <summary>Every refusal residents can meet, worded once, in Polish and English.</summary>
internal static class BookingErrors
{
    public static BookingError MatterNotFound { get; } = new(BookingErrorCode.MatterNotFound,
        "Nie ma takiej sprawy lub nie można się na nią umówić.", "No such matter, or it cannot be booked.", "matterId");

    public static BookingError LocationNotFound { get; } = new(BookingErrorCode.LocationNotFound,
        "Nie ma takiej lokalizacji.", "No such location.", "locationId");

    public static BookingError NotOffered { get; } = new(BookingErrorCode.MatterNotOfferedAtLocation,
        "Tej sprawy nie można załatwić w wybranej lokalizacji. Wybierz inną lokalizację.",
        "This matter is not handled at the chosen location.", "locationId");

    public static BookingError InvalidMonth { get; } = new(BookingErrorCode.InvalidInput,
        "Nieprawidłowy miesiąc.", "Invalid month.", "month");

    public static BookingError SlotFull { get; } = new(BookingErrorCode.SlotFull,
        "Ten termin został właśnie zajęty. Wybierz inną godzinę.", "This slot has just been taken; choose another hour.", "time");

    public static BookingError NotASlot { get; } = new(BookingErrorCode.NotASlot,
        "O tej godzinie nie ma terminu dla wybranej sprawy. Wybierz godzinę z listy wolnych terminów.",
        "There is no slot at this hour for the matter; choose one of the free hours.", "time");

    public static BookingError TooLate { get; } = new(BookingErrorCode.TooLate,
        "Na ten termin nie można się już umówić. Wybierz późniejszą godzinę.", "This slot can no longer be booked; choose a later one.", "time");

    public static BookingError PeselLimit { get; } = new(BookingErrorCode.PeselLimitReached,
        "Masz już umówioną wizytę w tej sprawie tego dnia. Możesz ją odwołać i umówić się ponownie.",
        "You already have a visit for this matter on this day; cancel it to book again.", "pesel");

    public static BookingError ConsentRequired { get; } = new(BookingErrorCode.ConsentRequired,
        "Zaznacz zgodę na przetwarzanie danych osobowych w celu umówienia wizyty.",
        "Consent to processing of personal data for the booking is required.", "consent");

    public static BookingError CodeRequired { get; } = new(BookingErrorCode.InvalidInput,
        "Podaj kod potwierdzenia rezerwacji (8 znaków).", "Give the booking's confirmation code (8 characters).", "code");

    public static BookingError VisitNotFound { get; } = new(BookingErrorCode.VisitNotFound,
        "Nie znaleziono umówionej wizyty o podanych danych. Sprawdź numer PESEL, sprawę, dzień wizyty i kod potwierdzenia.",
        "No booked visit matches these details; check the PESEL, matter, day and confirmation code.");

    public static BookingError CancellationTooLate { get; } = new(BookingErrorCode.CancellationTooLate,
        "Tej wizyty nie można już odwołać.", "This visit can no longer be cancelled.");

    public static BookingError DayOutOfRange(DateOnly first, DateOnly last) => new(BookingErrorCode.DayOutOfRange,
        $"Można się umówić na dni od {first:dd.MM.yyyy} do {last:dd.MM.yyyy}.",
        $"Visits can be booked from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}.", "day");

    public static BookingError DayClosed(string? reason) => new(BookingErrorCode.DayClosed,
        reason is null ? "W tym dniu urząd nie przyjmuje interesantów." : $"W tym dniu urząd nie przyjmuje interesantów ({reason}).",
        reason is null ? "The office is closed on this day." : $"The office is closed on this day ({reason}).", "day");

    public static BookingError Invalid(string field, string message, string messageEn) =>
        new(BookingErrorCode.InvalidInput, message, messageEn, field);
}
