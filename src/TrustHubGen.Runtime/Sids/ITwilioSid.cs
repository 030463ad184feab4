namespace TrustHubGen.Runtime;

/// <summary>Implemented by every generated SID type, so runtime code can treat typed SIDs uniformly.</summary>
public interface ITwilioSid
{
    /// <summary>The SID as sent on the wire.</summary>
    string Value { get; }
}
