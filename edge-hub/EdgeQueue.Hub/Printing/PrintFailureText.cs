using EdgeQueue.Hardware.Printing;

namespace EdgeQueue.Hub.Printing;

/// <summary>
/// A print failure as the technician page says it, in Polish and with what to do. The printer's own
/// message (English, from the driver) stays in the hub's log.
/// </summary>
public static class PrintFailureText
{
    public static string Polish(PrintFailure failure) => failure switch
    {
        PrintFailure.PaperOut => "brak papieru — włóż nową rolkę",
        PrintFailure.CoverOpen => "otwarta pokrywa — zamknij ją",
        PrintFailure.PrinterOffline => "drukarka wyłączona lub odłączona — sprawdź zasilanie i kabel",
        PrintFailure.Timeout => "drukarka nie skończyła wydruku na czas — sprawdź, czy papier się nie zaciął",
        PrintFailure.InvalidReceipt => "biletu nie da się wydrukować (za długi adres e-biletu w pliku sali)",
        _ => failure.ToString(),
    };
}
