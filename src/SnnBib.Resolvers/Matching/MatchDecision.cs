namespace SnnBib.Resolvers.Matching;

/// <summary>What becomes of a candidate record.</summary>
public enum MatchDecision
{
    /// <summary>It is the listed paper: merged.</summary>
    Accept,

    /// <summary>It may be the listed paper: kept out of the record and listed in the report for a person to decide.</summary>
    Review,

    /// <summary>Another paper: not merged, not worth a person's time.</summary>
    Reject,
}
