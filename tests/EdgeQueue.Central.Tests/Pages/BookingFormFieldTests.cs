using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Central.Pages;

namespace EdgeQueue.Central.Tests.Pages;

/// <summary>The core's refusals land next to the form field at fault.</summary>
public sealed class BookingFormFieldTests
{
    [Theory]
    [InlineData(BookingErrorCode.InvalidPesel, null, "Input.Pesel")]
    [InlineData(BookingErrorCode.PeselLimitReached, null, "Input.Pesel")]
    [InlineData(BookingErrorCode.InvalidEmail, "email", "Input.Email")]
    [InlineData(BookingErrorCode.InvalidPhone, "phone", "Input.Phone")]
    [InlineData(BookingErrorCode.ConsentRequired, "consent", "Input.Consent")]
    [InlineData(BookingErrorCode.InvalidName, "lastName", "Input.LastName")]
    [InlineData(BookingErrorCode.InvalidName, "firstName", "Input.FirstName")]
    [InlineData(BookingErrorCode.InvalidInput, "lastName", "Input.LastName")]
    [InlineData(BookingErrorCode.InvalidInput, "email", "Input.Email")]
    [InlineData(BookingErrorCode.SlotFull, "time", "")]
    [InlineData(BookingErrorCode.SlotFull, null, "")]
    [InlineData(BookingErrorCode.DayClosed, null, "")]
    public void FieldOf_Error_NamesTheField(BookingErrorCode code, string? field, string expected) =>
        Assert.Equal(expected, BookingFormModel.FieldOf(new BookingError(code, "komunikat", "message", field)));
}
