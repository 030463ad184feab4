namespace TrustHubGen.Analyzers.Diagnostics;

/// <summary>The fixed IDs of the Trust Hub rules (TH1xxx: mistakes in C# that calls Trust Hub).</summary>
internal static class RuleIds
{
    public const string UnknownPolicy = "TH1001";
    public const string WrongPolicyKind = "TH1002";
    public const string ChannelEndpointType = "TH1003";
    public const string NumberNotOnProfile = "TH1004";
    public const string MalformedSid = "TH1005";
    public const string WrongSidResource = "TH1006";
    public const string CnamDisplayName = "TH1007";
    public const string EndUserType = "TH1008";
    public const string Status = "TH1009";
    public const string NumberCannotCarryProduct = "TH1010";
    public const string CredentialInSource = "TH1011";
    public const string SubmittedBeforeAssignments = "TH1012";
    public const string AttributeValue = "TH1013";
    public const string SnapshotHandleNotGenerated = "TH1014";
}
