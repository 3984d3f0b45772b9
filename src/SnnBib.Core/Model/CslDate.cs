using System.Text.Json.Serialization;

namespace SnnBib.Core.Model;

/// <summary>A CSL date with one date-parts entry: year, optional month, optional day.</summary>
public sealed record CslDate
{
    public CslDate(int year, int? month = null, int? day = null)
    {
        if (day is not null && month is null)
        {
            throw new ArgumentException("A day needs a month.", nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    [JsonIgnore]
    public int Year { get; }

    [JsonIgnore]
    public int? Month { get; }

    [JsonIgnore]
    public int? Day { get; }

    [JsonPropertyName("date-parts")]
    public IReadOnlyList<IReadOnlyList<int>> DateParts =>
        [Month is null ? [Year] : Day is null ? [Year, Month.Value] : [Year, Month.Value, Day.Value]];
}
