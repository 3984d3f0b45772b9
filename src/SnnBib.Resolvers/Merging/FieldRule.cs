namespace SnnBib.Resolvers.Merging;

/// <summary>One row of the merge policy: the first record in <paramref name="Order"/> that has a value for the field wins.</summary>
/// <param name="Field">CSL field name ("title", "author", "abstract", "URL") or a snnbib one ("arxiv-id").</param>
public sealed record FieldRule(string Field, IReadOnlyList<RecordKind> Order, string Why);
