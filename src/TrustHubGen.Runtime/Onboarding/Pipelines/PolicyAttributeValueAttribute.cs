using System;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// Marks a generated value type (such as <c>CnamDisplayName</c>) that holds one end-user attribute checked against a
/// policy's rules. Analyzers recognise these types by this attribute only, never by their names.
/// </summary>
/// <param name="policySid">The policy whose rules the type enforces (<c>RN…</c>).</param>
/// <param name="endUserType">The end-user type the attribute belongs to, e.g. <c>cnam_information</c>.</param>
/// <param name="attributeName">The attribute key, e.g. <c>cnam_display_name</c>.</param>
[AttributeUsage(AttributeTargets.Struct)]
public sealed class PolicyAttributeValueAttribute(string policySid, string endUserType, string attributeName) : Attribute
{
    /// <summary>The policy whose rules the type enforces (<c>RN…</c>).</summary>
    public string PolicySid { get; } = policySid;

    /// <summary>The end-user type the attribute belongs to, e.g. <c>cnam_information</c>.</summary>
    public string EndUserType { get; } = endUserType;

    /// <summary>The attribute key, e.g. <c>cnam_display_name</c>.</summary>
    public string AttributeName { get; } = attributeName;
}
