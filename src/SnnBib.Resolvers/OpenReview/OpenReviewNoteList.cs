namespace SnnBib.Resolvers.OpenReview;

/// <summary>The notes of one answer, the count the API reported, and how many notes could not be read.</summary>
public sealed record OpenReviewNoteList(IReadOnlyList<OpenReviewNote> Notes, int? Count, int Unreadable);
