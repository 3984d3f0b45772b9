using SnnBib.Core.Model;

namespace SnnBib.Core.Keys;

/// <summary>Records with their citation keys set, and whether new keys were added to the store (so it needs saving).</summary>
public sealed record KeyAssignment(IReadOnlyList<PaperRecord> Records, bool StoreChanged, int NewKeys);
