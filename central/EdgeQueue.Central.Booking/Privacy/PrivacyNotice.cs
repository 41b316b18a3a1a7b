namespace EdgeQueue.Central.Booking.Privacy;

/// <summary>
/// The information clause residents read before they book (RODO art. 13): who processes their
/// data, why, how long, and their rights. The administrator edits it (<c>/admin/rodo</c>); until then
/// this default stands, written for the retention rules this service applies. Plain text: a blank
/// line starts a paragraph, a line starting with "- " is a list item.
/// </summary>
public static class PrivacyNotice
{
    public const int MaxLength = 8000;

    /// <summary>Key of the administrator's text in the booking store's <c>meta</c> table.</summary>
    internal const string MetaKey = "privacy_notice";

    public const string Default =
        """
        Administratorem Twoich danych osobowych jest urząd, w którym umawiasz wizytę (nazwa i adres są podane przy wybranej lokalizacji). Z inspektorem ochrony danych skontaktujesz się pod adresem podanym na stronie urzędu.

        Dane przetwarzamy w celu umówienia i obsługi Twojej wizyty w urzędzie, na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO) oraz w związku z wykonywaniem zadań urzędu (art. 6 ust. 1 lit. e RODO).

        Zakres danych:
        - PESEL — przechowujemy wyłącznie jego skrót, żeby sprawdzić limit wizyt i umożliwić odwołanie;
        - imię, nazwisko, adres e-mail i (jeśli podasz) numer telefonu — do potwierdzenia i obsługi wizyty.

        Dane usuwamy po upływie okresu przechowywania ustalonego przez urząd, liczonego od dnia wizyty. Nie przekazujemy ich innym podmiotom poza dostawcami usług technicznych działającymi na zlecenie urzędu.

        Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo wycofania zgody w dowolnym momencie (bez wpływu na wcześniejsze przetwarzanie; wizytę możesz odwołać) oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.

        Podanie danych jest dobrowolne, ale bez nich nie można umówić wizyty.
        """;
}
