namespace TrustHubGen.Generator.Diagnostics;

/// <summary>The generator's diagnostic ids (TH0001–TH0099: problems in its inputs).</summary>
internal static class DiagnosticIds
{
    public const string EmptyFile = "TH0001";
    public const string MalformedJson = "TH0002";
    public const string FileTooLarge = "TH0003";
    public const string UnsupportedOpenApiVersion = "TH0004";
    public const string UnknownReference = "TH0005";
    public const string InvalidOpenApi = "TH0006";
    public const string UnknownOperation = "TH0007";
    public const string UnknownPath = "TH0008";
    public const string DocumentCollision = "TH0009";
    public const string PolicyCollision = "TH0010";
    public const string SidCollision = "TH0011";
    public const string UnsupportedOperation = "TH0012";
    public const string InvalidSidNames = "TH0013";
    public const string UnknownInputKind = "TH0014";
    public const string InvalidNamespace = "TH0015";
    public const string InternalError = "TH0016";
    public const string InvalidAccessibility = "TH0017";
}
