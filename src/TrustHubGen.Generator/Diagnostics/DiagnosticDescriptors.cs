using Microsoft.CodeAnalysis;

namespace TrustHubGen.Generator.Diagnostics;

/// <summary>
/// The generator's descriptors. Messages are built where the problem is found ("{0}"), so each one can say what is
/// wrong and what is right with the actual names and values.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "TrustHubGen.Input";

    public static readonly DiagnosticDescriptor EmptyFile = Error(DiagnosticIds.EmptyFile, "Input file is empty");
    public static readonly DiagnosticDescriptor MalformedJson = Error(DiagnosticIds.MalformedJson, "Input file is not valid JSON");
    public static readonly DiagnosticDescriptor FileTooLarge = Error(DiagnosticIds.FileTooLarge, "Input file is too large");
    public static readonly DiagnosticDescriptor UnsupportedOpenApiVersion = Error(DiagnosticIds.UnsupportedOpenApiVersion, "OpenAPI version is not supported");
    public static readonly DiagnosticDescriptor UnknownReference = Error(DiagnosticIds.UnknownReference, "$ref points at nothing");
    public static readonly DiagnosticDescriptor InvalidOpenApi = Error(DiagnosticIds.InvalidOpenApi, "OpenAPI document is invalid");
    public static readonly DiagnosticDescriptor UnknownOperation = Error(DiagnosticIds.UnknownOperation, "Selected operation does not exist");
    public static readonly DiagnosticDescriptor UnknownPath = Error(DiagnosticIds.UnknownPath, "Selected path does not exist");
    public static readonly DiagnosticDescriptor DocumentCollision = Error(DiagnosticIds.DocumentCollision, "Two OpenAPI documents generate the same type");
    public static readonly DiagnosticDescriptor PolicyCollision = Error(DiagnosticIds.PolicyCollision, "Two policy definitions collide");
    public static readonly DiagnosticDescriptor SidCollision = Error(DiagnosticIds.SidCollision, "One SID type name has two prefixes");
    public static readonly DiagnosticDescriptor UnsupportedOperation = Warning(DiagnosticIds.UnsupportedOperation, "Operation is not generated");
    public static readonly DiagnosticDescriptor InvalidSidNames = Error(DiagnosticIds.InvalidSidNames, "TrustHubGenSidNames is invalid");
    public static readonly DiagnosticDescriptor UnknownInputKind = Warning(DiagnosticIds.UnknownInputKind, "TrustHubGenKind is not known");
    public static readonly DiagnosticDescriptor InvalidNamespace = Error(DiagnosticIds.InvalidNamespace, "TrustHubGenNamespace is not a valid namespace");
    public static readonly DiagnosticDescriptor InternalError = Error(DiagnosticIds.InternalError, "The generator failed on an input");
    public static readonly DiagnosticDescriptor InvalidAccessibility = Error(DiagnosticIds.InvalidAccessibility, "TrustHubGenAccessibility is not public or internal");

    private static readonly DiagnosticDescriptor[] All =
    {
        EmptyFile, MalformedJson, FileTooLarge, UnsupportedOpenApiVersion, UnknownReference, InvalidOpenApi, UnknownOperation,
        UnknownPath, DocumentCollision, PolicyCollision, SidCollision, UnsupportedOperation, InvalidSidNames, UnknownInputKind,
        InvalidNamespace, InternalError, InvalidAccessibility,
    };

    public static DiagnosticDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id) return descriptor;
        }
        return null;
    }

    private static DiagnosticDescriptor Error(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));

    private static DiagnosticDescriptor Warning(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));
}
