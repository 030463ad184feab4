using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>TH1009: a bundle status a client may not set, or one that is not a status at all.</summary>
internal static class StatusRule
{
    public const string PendingReview = "pending-review";

    public static readonly string[] AllStatuses = { "draft", "pending-review", "in-review", "twilio-approved", "twilio-rejected" };

    /// <summary>Checks a status being set (<paramref name="isFilter"/> false) or used to filter a list (any real status is fine).</summary>
    public static void Check(RuleContext context, SyntaxNode node, KnownValue value, bool isFilter)
    {
        var settable = context.Policies.ClientSettableStatuses;
        var isStatus = AllStatuses.Contains(value.Text, StringComparer.Ordinal);
        if (isFilter ? isStatus : settable.Contains(value.Text)) return;

        string message;
        string replacement;
        if (isStatus)
        {
            replacement = PendingReview;
            message = $"Status \"{value.Text}\" is set by Twilio, not by a client; submit for review with \"{PendingReview}\"";
        }
        else
        {
            var choices = isFilter ? AllStatuses : settable.ToArray();
            replacement = EditDistance.Closest(value.Text, choices, maxDistance: 5) ?? PendingReview;
            message = $"\"{value.Text}\" is not a Trust Hub status; did you mean \"{replacement}\"? " +
                      $"({(isFilter ? "statuses" : "a client may set")}: {string.Join(", ", choices.Select(c => $"\"{c}\""))})";
        }
        context.Report(Reporter.WithReplacement(Descriptors.Status, node, value.IsLiteral, replacement, message));
    }

    /// <summary>The wire value of a <c>StatusEnum.PendingReview</c>-style field: PascalCase to kebab-case.</summary>
    public static string FromEnumMemberName(string name)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
