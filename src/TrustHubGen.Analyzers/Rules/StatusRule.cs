using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// TH1009: a bundle status a client may not set, or a value that is not a status of its type at all: set on a trust
/// product or Business Profile, used as a <c>Read</c> filter, or compared with a status (<c>product.Status == "pending_review"</c>,
/// <c>document.Status == "pending-review"</c> where supporting documents say <c>PENDING_REVIEW</c>).
/// </summary>
internal static class StatusRule
{
    public const string PendingReview = "pending-review";

    /// <summary>The bundle statuses of the official spec, used when the status type itself does not list them.</summary>
    private static readonly string[] BundleStatuses = { "draft", "pending-review", "in-review", "twilio-rejected", "twilio-approved" };

    /// <summary>Checks a status being set (<paramref name="isFilter"/> false) or read (a filter or a comparison: any real status is fine).</summary>
    public static void Check(RuleContext context, KnownValue value, StatusType? type, bool isFilter)
    {
        var all = type is null || type.Values.IsEmpty ? BundleStatuses : type.Wires;
        var settable = context.Policies.ClientSettableStatuses;
        var isStatus = Array.IndexOf(all, value.Text) >= 0;
        if (isFilter ? isStatus : settable.IndexOf(value.Text) >= 0) return;

        string message;
        string replacement;
        if (isStatus)
        {
            replacement = PendingReview;
            message = $"Status \"{value.Text}\" is set by Twilio, not by a client; submit for review with \"{PendingReview}\"";
        }
        else
        {
            var choices = isFilter ? all : settable.ToArray();
            replacement = SameIgnoringSpelling(value.Text, choices) ?? EditDistance.Closest(value.Text, choices, maxDistance: 5)
                          ?? Containing(value.Text, choices) ?? (isFilter ? choices[0] : PendingReview);
            message = $"\"{value.Text}\" is not a {Describe(type)} status; did you mean \"{replacement}\"? " +
                      $"({(isFilter ? "statuses" : "a client may set")}: {string.Join(", ", choices.Select(c => $"\"{c}\""))})";
        }
        // A member (StatusEnum.InReview) is fixed by naming the replacement's member of the same type.
        if (!value.IsLiteral && value.Node is MemberAccessExpressionSyntax access && type?.MemberOf(replacement) is { } member
            && access.Name.Identifier.ValueText != member)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.MemberName, member);
            context.Report(Diagnostic.Create(Descriptors.Status, value.Node.GetLocation(), properties, message));
            return;
        }
        context.Report(Reporter.WithReplacement(Descriptors.Status, value, replacement, message));
    }

    /// <summary>
    /// A status written as a member (<c>StatusEnum.PendingReview</c>, a generated <c>TrustProductStatus.PendingReview</c>)
    /// or as a string through the type's conversion; null when unknown.
    /// </summary>
    public static KnownValue? Read(RuleContext context, IOperation operation)
    {
        var unwrapped = ConstantResolver.Unwrap(operation);
        var member = unwrapped switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true } field } => (ISymbol)field,
            IPropertyReferenceOperation { Property: { IsStatic: true } property } => property,
            _ => null,
        };
        if (member is not null && context.Facts.Statuses.Of(member.ContainingType) is { } type && type.WireOf(member.Name) is { } wire)
            return new KnownValue(wire, unwrapped.Syntax, isLiteral: false);
        return context.Resolve(operation);
    }

    /// <summary>True when <paramref name="operation"/> is the status <paramref name="wire"/> (e.g. <c>pending-review</c>) on either surface.</summary>
    public static bool Is(RuleContext context, IOperation? operation, string wire) =>
        operation is not null && Read(context, operation)?.Text == wire;

    /// <summary>The status type a value is converted to (Twilio's StatusEnum, a generated status struct), looking through conversions.</summary>
    public static StatusType? TypeOf(RuleContext context, IOperation operation)
    {
        for (var current = operation; current is not null; current = (current as IConversionOperation)?.Operand)
        {
            if (context.Facts.Statuses.Of(current.Type) is { } type) return type;
            if (current is not IConversionOperation) break;
        }
        return null;
    }

    // "PENDING_REVIEW" for "pending-review": the same words in another case or with other separators.
    private static string? SameIgnoringSpelling(string value, IEnumerable<string> choices)
    {
        var key = Normalize(value);
        return choices.FirstOrDefault(c => Normalize(c) == key);
    }

    // "approved" for "twilio-approved": the one status that holds the value's words.
    private static string? Containing(string value, IEnumerable<string> choices)
    {
        var key = Normalize(value);
        var matches = choices.Where(c => key.Length > 0 && Normalize(c).Contains(key)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static string Normalize(string value) => new(value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    // TrustProductsResource.StatusEnum or a generated TrustProductStatus → "trust product".
    private static string Describe(StatusType? type)
    {
        var name = type?.Type.ContainingType?.Name ?? type?.Type.Name ?? "";
        if (name.Contains("Evaluation")) return "evaluation";
        if (name.StartsWith("TrustProduct", StringComparison.Ordinal)) return "trust product";
        if (name.StartsWith("CustomerProfile", StringComparison.Ordinal)) return "Business Profile";
        if (name.StartsWith("SupportingDocument", StringComparison.Ordinal)) return "supporting document";
        return "Trust Hub";
    }
}
