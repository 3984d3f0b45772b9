using SnnBib.Core.Identifiers;

namespace SnnBib.Core.Lists;

/// <summary>Decides whether a link points at the paper, its code, or something else, from its label and target.</summary>
internal static class LinkClassifier
{
    private static readonly HashSet<string> CodeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "code", "codes", "github", "gitlab", "repo", "repository", "implementation", "pytorch", "tensorflow", "jax",
    };

    private static readonly HashSet<string> OtherWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "project", "website", "homepage", "page", "video", "slides", "slide", "poster", "talk", "blog", "demo",
        "dataset", "data", "supp", "supplementary", "supplemental", "news", "bibtex", "bib", "zhihu", "youtube",
        "colab", "model", "models", "weights", "checkpoint", "reviews", "review",
    };

    private static readonly HashSet<string> PaperWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "paper", "pdf", "arxiv", "openreview", "doi", "link", "abs", "abstract", "html", "preprint", "article",
        "proceedings", "published", "publication", "full", "text", "url", "ieee", "acm", "springer", "nature",
        "science", "frontiers", "cvf", "official",
    };

    private static readonly string[] CodeHosts = ["github.com", "gitlab.com", "bitbucket.org"];

    /// <summary>The kind of a link; <paramref name="columnKind"/> is the kind a table column implies, if any.</summary>
    public static LinkKind Classify(string label, string target, PaperIdentifier? identifier, LinkKind? columnKind)
    {
        if (columnKind is { } kind)
        {
            return kind;
        }

        var words = Words(label);
        if (words.Any(CodeWords.Contains))
        {
            return LinkKind.Code;
        }

        if (words.Any(OtherWords.Contains))
        {
            return LinkKind.Other;
        }

        if (words.Any(PaperWords.Contains))
        {
            return LinkKind.Paper;
        }

        if (Uri.TryCreate(target, UriKind.Absolute, out var uri)
            && CodeHosts.Any(host => uri.Host.Equals(host, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase)))
        {
            return LinkKind.Code;
        }

        return identifier is not null ? LinkKind.Paper : LinkKind.Other;
    }

    /// <summary>
    /// True when a label only names a kind of link ("paper", "[PDF]", "Code", "arXiv", "[1]") rather than being a
    /// paper's title, which is how a numbered list's "[Title](link)" differs from a bullet's "[[paper](link)]".
    /// </summary>
    public static bool IsGenericLabel(string label)
    {
        var words = Words(label);
        if (words.Count == 0 || words.Count > 4)
        {
            return words.Count == 0;
        }

        return words.All(w => CodeWords.Contains(w) || OtherWords.Contains(w) || PaperWords.Contains(w) || w.All(char.IsDigit))
            || Uri.TryCreate(label.Trim(), UriKind.Absolute, out _);
    }

    private static List<string> Words(string label) =>
        label.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static readonly char[] Separators = [' ', '[', ']', '(', ')', ':', '.', ',', '/', '-', '|', '&', '+', '\t'];
}
