using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Merging;

/// <summary>One source's answer to one question about a paper: the input of <see cref="RecordMerger"/>.</summary>
public sealed record SourceAnswer(LookupQuery Query, SourceLookup Lookup);
