namespace SnnBib.Resolvers.Matching;

/// <summary>Whether one piece of evidence (first author, year, venue) agrees with a candidate record.</summary>
public enum Agreement
{
    /// <summary>Nothing to compare: the list or the record does not say.</summary>
    Unknown,

    Agrees,

    Disagrees,
}
