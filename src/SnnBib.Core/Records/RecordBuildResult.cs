using SnnBib.Core.Lists;
using SnnBib.Core.Model;

namespace SnnBib.Core.Records;

/// <summary>Records built from a list, in list order, and what the builder found doubtful.</summary>
public sealed record RecordBuildResult(IReadOnlyList<PaperRecord> Records, IReadOnlyList<ListWarning> Warnings);
