namespace SnnBib.Core.Lists;

/// <summary>Something in the list worth the user's attention; the entry is still kept.</summary>
public sealed record ListWarning(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
