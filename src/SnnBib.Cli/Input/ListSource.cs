using System.Reflection;
using System.Text;
using SnnBib.Cli.Output;

namespace SnnBib.Cli.Input;

/// <summary>Where the awesome list comes from: a file the user names, or the seed list embedded in the executable.</summary>
public sealed record ListSource(string Name, string Markdown)
{
    public const string EmbeddedName = "awesome-snn-2024-05.md (embedded)";

    private const string EmbeddedResource = "SnnBib.Cli.Lists.awesome-snn-2024-05.md";

    /// <summary>Lists larger than this are refused: a list of papers is text, not a data dump.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    public static ListSource Load(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return LoadEmbedded();
        }

        var file = new FileInfo(path);
        if (Directory.Exists(path))
        {
            throw new SnnBibCliException($"list file '{path}' is a folder; give the Markdown file inside it");
        }

        if (!file.Exists)
        {
            throw new SnnBibCliException($"list file '{path}' not found");
        }

        if (file.Length > MaxBytes)
        {
            throw new SnnBibCliException($"list file '{path}' is {file.Length} bytes; the limit is {MaxBytes}");
        }

        try
        {
            var bytes = File.ReadAllBytes(file.FullName);
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return new ListSource(path, text.TrimStart('\uFEFF'));
        }
        catch (DecoderFallbackException)
        {
            throw new SnnBibCliException($"list file '{path}' is not valid UTF-8 text");
        }
        catch (IOException e)
        {
            throw new SnnBibCliException($"list file '{path}' could not be read: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new SnnBibCliException($"list file '{path}' could not be read: permission denied");
        }
    }

    public static ListSource LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedResource)
            ?? throw new InvalidOperationException("the embedded seed list is missing from this build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new ListSource(EmbeddedName, reader.ReadToEnd());
    }
}
