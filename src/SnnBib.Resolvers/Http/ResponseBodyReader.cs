using System.Text;

namespace SnnBib.Resolvers.Http;

/// <summary>Reads a response body as text, refusing bodies above a size cap (untrusted input).</summary>
internal static class ResponseBodyReader
{
    public static async Task<string> ReadAsync(HttpContent? content, long maxBytes, string host, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return string.Empty;
        }

        if (content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            throw TooLarge(host, maxBytes);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(host, maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }

            var text = EncodingOf(content).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
    }

    // The three APIs answer UTF-8; honour a declared charset when .NET knows it, otherwise fall back to UTF-8.
    private static Encoding EncodingOf(HttpContent content)
    {
        var charset = content.Headers.ContentType?.CharSet?.Trim('"', ' ');
        if (!string.IsNullOrEmpty(charset))
        {
            try
            {
                return Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                // Unknown charset name: UTF-8 is what all three services send.
            }
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }

    private static SourceHttpException TooLarge(string host, long maxBytes) =>
        new($"{host}: response larger than {maxBytes / (1024 * 1024)} MB refused");
}
