namespace SnnBib.Core.Lists;

public sealed record ListReadResult(IReadOnlyList<ListEntry> Entries, IReadOnlyList<ListWarning> Warnings);
