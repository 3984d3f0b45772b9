using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Matching;

/// <summary>How one candidate record compares with the listed paper, and the decision.</summary>
/// <param name="Rank">Its 0-based place in the source's answer.</param>
/// <param name="Title">Title similarity (0..1), the best over the evidence's titles.</param>
/// <param name="Why">Why the decision, in a few words ("title 0.83; first author differs").</param>
public sealed record CandidateScore(
    SourceRecord Record,
    int Rank,
    double Title,
    Agreement Author,
    Agreement Year,
    Agreement Venue,
    MatchDecision Decision,
    string Why)
{
    /// <summary>How many pieces of evidence speak against it.</summary>
    public int Contradictions =>
        (Author == Agreement.Disagrees ? 1 : 0) + (Year == Agreement.Disagrees ? 1 : 0) + (Venue == Agreement.Disagrees ? 1 : 0);
}
