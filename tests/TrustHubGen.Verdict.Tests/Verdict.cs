namespace TrustHubGen.Verdict.Tests;

/// <summary>One component's answer: accepted, or refused with the text the user sees.</summary>
public sealed record Verdict(bool IsAccepted, string Text)
{
    public static Verdict Accepted { get; } = new(true, "accepted");

    public static Verdict Refused(string text) => new(false, text);

    public override string ToString() => IsAccepted ? "accepted" : "refused: " + Text;
}
