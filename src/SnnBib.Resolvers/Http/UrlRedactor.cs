using System.Text.RegularExpressions;

namespace SnnBib.Resolvers.Http;

/// <summary>Removes the user's e-mail address (the Crossref mailto) from URLs and messages before they are shown or stored.</summary>
public sealed partial class UrlRedactor
{
    public const string Placeholder = "<redacted>";

    private readonly string? _address;
    private readonly string? _encodedAddress;

    public UrlRedactor(string? mailto)
    {
        _address = string.IsNullOrWhiteSpace(mailto) ? null : mailto.Trim();
        _encodedAddress = _address is null ? null : Uri.EscapeDataString(_address);
    }

    public static UrlRedactor None { get; } = new(null);

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var result = MailtoParameter().Replace(text, "${name}=" + Placeholder);
        if (_address is not null)
        {
            result = result.Replace(_address, Placeholder, StringComparison.OrdinalIgnoreCase);
            result = result.Replace(_encodedAddress!, Placeholder, StringComparison.OrdinalIgnoreCase);
        }

        return result;
    }

    [GeneratedRegex(@"(?<name>mailto)=[^&#\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailtoParameter();
}
