using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Merging;

/// <summary>A source record accepted as the listed paper, and why.</summary>
/// <param name="Similarity">Title similarity to the listed title; 1 when the list has no title to compare.</param>
public sealed record MatchedRecord(RecordKind Kind, SourceRecord Record, LookupQuery Query, string? RequestUrl, double Similarity);
