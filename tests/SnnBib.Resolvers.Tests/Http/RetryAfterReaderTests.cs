using SnnBib.Resolvers.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.Http;

public class RetryAfterReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 16, 13, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 120 ", 120)]
    [InlineData("0", 0)]
    [InlineData("Tue, 16 Jun 2026 13:00:30 GMT", 30)]
    [InlineData("Tue, 16 Jun 2026 12:59:00 GMT", 0)]
    public void Parse_SecondsOrHttpDate_GivesTheWait(string value, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryAfterReader.Parse(value, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void Parse_MissingOrUnreadable_IsNull(string? value) => Assert.Null(RetryAfterReader.Parse(value, Now));

    [Fact]
    public void FromHeaders_HttpDate_IsRelativeToTheInjectedClock()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Retry-After", "Tue, 16 Jun 2026 13:01:00 GMT");
        Assert.Equal(TimeSpan.FromMinutes(1), RetryAfterReader.FromHeaders(response.Headers, Now));
    }
}
