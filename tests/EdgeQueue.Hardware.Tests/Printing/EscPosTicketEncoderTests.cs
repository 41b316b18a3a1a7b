using System.Text;
using EdgeQueue.Hardware.Printing;
using EdgeQueue.Simulation.Printing;

namespace EdgeQueue.Hardware.Tests.Printing;

public sealed class EscPosTicketEncoderTests
{
    private static EscPosDocument Decode(TicketReceipt receipt, EscPosTicketOptions? options = null) =>
        EscPosDecoder.Decode(new EscPosTicketEncoder(options).Encode(receipt));

    [Fact]
    public void Encode_PolishTicket_StartsWithInitAndSelectsPc852()
    {
        var bytes = new EscPosTicketEncoder().Encode(Receipts.Polish());

        Assert.Equal(new byte[] { 0x1B, 0x40, 0x1B, 0x74, 18 }, bytes[..5]);
        var document = EscPosDecoder.Decode(bytes);
        Assert.True(document.Initialized);
        Assert.Equal(18, document.CodeTable);
    }

    [Fact]
    public void Encode_PolishLetters_DecodeBackFromPc852()
    {
        var document = Decode(Receipts.Polish());

        Assert.Equal("Urząd Miasta Poznania", document.Lines[0].Text);
        Assert.Contains("Dowody osobiste — zażółć gęślą jaźń".Replace("—", "?", StringComparison.Ordinal), document.Texts);
        Assert.Contains("Osób w kolejce przed Tobą: 5", document.Texts);
        Assert.Contains("Przewidywany czas oczekiwania: ok. 12 min", document.Texts);
        Assert.Contains("Wydano: 21.11.2026 08:15", document.Texts);
        Assert.Contains("Zeskanuj kod, aby śledzić kolejkę", document.Texts);
        Assert.Contains("Dziękujemy. Prosimy śledzić ekran w sali.", document.Texts);
    }

    [Fact]
    public void Encode_EstimateUnknown_SaysSoInsteadOfZeroMinutes()
    {
        var document = Decode(Receipts.Polish() with { EstimatedWaitMinutes = null });

        Assert.Contains("Przewidywany czas oczekiwania: nieznany", document.Texts);
        Assert.DoesNotContain(document.Texts, text => text.Contains("0 min", StringComparison.Ordinal));
    }

    [Fact]
    public void Encode_EveryPolishLetter_HasItsOwnPc852Byte()
    {
        const string letters = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
        var receipt = Receipts.Polish() with { MatterName = letters };

        var document = Decode(receipt);

        Assert.Contains(letters, document.Texts);
        var bytes = new EscPosTicketEncoder().Encode(receipt);
        Assert.DoesNotContain((byte)'?', Pc852.Encoding.GetBytes(letters));
        Assert.True(bytes.AsSpan().IndexOf(Pc852.Encoding.GetBytes(letters)) > 0);
    }

    [Fact]
    public void Encode_TicketNumber_IsBoldDoubleSizeAndCentered()
    {
        var number = Decode(Receipts.Polish()).LineContaining("A017");

        Assert.Equal(new EscPosLine("A017", EscPosAlign.Center, Bold: true, Width: 2, Height: 2), number);
    }

    [Fact]
    public void Encode_NumberMagnificationOption_SetsGsExclamationSize()
    {
        var number = Decode(Receipts.Polish(), EscPosTicketOptions.Paper80mm with { NumberMagnification = 4 }).LineContaining("A017");

        Assert.Equal((4, 4), (number.Width, number.Height));
    }

    [Fact]
    public void Encode_DetailLines_AreNormalSizeLeftAligned()
    {
        var wait = Decode(Receipts.Polish()).LineContaining("Osób w kolejce");

        Assert.Equal(new EscPosLine(wait.Text, EscPosAlign.Left, Bold: false, Width: 1, Height: 1), wait);
    }

    [Fact]
    public void Encode_ETicketUrl_IsNativeQrModel2WithErrorCorrectionM()
    {
        var document = Decode(Receipts.Polish());

        var qr = Assert.Single(document.QrCodes);
        Assert.Equal("https://kolejka.poznan.pl/e/pozn-01/A017?k=7f3a9c", qr.PayloadText);
        Assert.Equal(2, qr.Model);
        Assert.Equal('M', qr.ErrorCorrection);
        Assert.Equal(6, qr.ModuleSize);
    }

    [Fact]
    public void Encode_Ticket_EndsWithPartialCut()
    {
        var bytes = new EscPosTicketEncoder().Encode(Receipts.Polish());

        Assert.Equal(new byte[] { 0x1D, 0x56, 66, 48 }, bytes[^4..]);
        Assert.Equal(EscPosCut.Partial, EscPosDecoder.Decode(bytes).Cut);
    }

    [Fact]
    public void Encode_ControlCharactersInConfiguredText_CannotInjectCommands()
    {
        // ESC @ and GS V 0 hidden in a matter name from a site file must print as spaces.
        var receipt = Receipts.Polish() with { MatterName = "Paszporty\u001B@\u001DV\0" };

        var document = Decode(receipt);

        Assert.Equal(EscPosCut.Partial, document.Cut);
        Assert.Contains("Paszporty @ V", document.Texts);
        Assert.Single(document.Lines, l => l.Text == "Urząd Miasta Poznania");
    }

    [Fact]
    public void Encode_LongMatterName_WrapsToPaperWidthWithoutLosingWords()
    {
        var name = "Rejestracja pojazdów sprowadzonych z zagranicy oraz wydawanie tablic rejestracyjnych indywidualnych";
        var document = Decode(Receipts.Polish() with { MatterName = name }, EscPosTicketOptions.Paper58mm);

        var start = document.Lines.ToList().FindIndex(l => l.Text.StartsWith("Rejestracja", StringComparison.Ordinal));
        var wrapped = document.Lines.Skip(start).TakeWhile(l => l.Text.Length > 0).ToList();
        Assert.True(wrapped.Count > 2);
        Assert.All(wrapped, l => Assert.True(l.Text.Length <= 32, l.Text));
        Assert.Equal(name, string.Join(' ', wrapped.Select(l => l.Text)));
    }

    [Fact]
    public void Encode_NoFooterOrHall_OmitsThoseLines()
    {
        var document = Decode(Receipts.Polish() with { Footer = null, HallName = null });

        Assert.DoesNotContain(document.Texts, t => t.Contains("Dziękujemy", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Texts, t => t.Contains("Sala obsługi", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ftp://kolejka.example/A017")]
    [InlineData("mailto:a@b.pl")]
    public void Encode_NonHttpETicketUrl_ThrowsClearArgumentException(string url)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new EscPosTicketEncoder().Encode(Receipts.Polish() with { ETicketUrl = new Uri(url) }));

        Assert.Contains("not an absolute http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_NegativeWait_ThrowsClearArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new EscPosTicketEncoder().Encode(Receipts.Polish() with { PeopleWaiting = -1 }));

        Assert.Contains("cannot be negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_NonAsciiUrlPath_StoresPercentEncodedAscii()
    {
        var document = Decode(Receipts.Polish() with { ETicketUrl = new Uri("https://kolejka.example/żółw/A017") });

        Assert.Equal("https://kolejka.example/%C5%BC%C3%B3%C5%82w/A017", document.QrCodes[0].PayloadText);
        Assert.All(document.QrCodes[0].Payload, b => Assert.InRange(b, (byte)0x21, (byte)0x7E));
        Assert.Equal(Encoding.ASCII.GetBytes(document.QrCodes[0].PayloadText), document.QrCodes[0].Payload);
    }
}
