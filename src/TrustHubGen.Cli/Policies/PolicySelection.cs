using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TrustHubGen.Policies;

namespace TrustHubGen.Cli.Policies;

/// <summary>The policies a run onboards for, with the files they came from (the in-process emulator learns those too).</summary>
/// <param name="Policies">The definitions, in the order given.</param>
/// <param name="Files">Full paths of user policy files among them.</param>
internal sealed record PolicySelection(IReadOnlyList<PolicyDefinition> Policies, IReadOnlyList<string> Files);

/// <summary>Resolves <c>&lt;policy&gt;</c> arguments: a shipped trust-product policy by kebab-case name, or a policy JSON file.</summary>
internal static class PolicySelector
{
    /// <summary>Shipped trust-product policies by command-line name.</summary>
    public static IReadOnlyDictionary<string, PolicyDefinition> BuiltInByName { get; } = BuiltInPolicies.All
        .Where(p => p.Kind == BundleKind.TrustProduct)
        .ToDictionary(p => PolicyNames.ToKebabCase(p.Name), StringComparer.OrdinalIgnoreCase);

    /// <summary>Policy files are a few KiB; 4 MiB leaves room for any real one.</summary>
    public const int MaxPolicyFileBytes = 4 * 1024 * 1024;

    /// <summary>The names accepted, for help and messages.</summary>
    public static string KnownNames => string.Join(", ", BuiltInByName.Keys.OrderBy(n => n, StringComparer.Ordinal));

    /// <summary>
    /// Reads every argument; problems (unknown names, unreadable files, TH01xx diagnostics) are collected, not thrown. An
    /// unknown name found in <c>afterValue</c> (it followed an option's value) gets that value quoted as probably meant.
    /// </summary>
    public static PolicySelection Select(IReadOnlyList<string> arguments, string currentDirectory, List<string> errors, List<string> warnings,
        IReadOnlyDictionary<string, string>? afterValue = null)
    {
        var policies = new List<PolicyDefinition>();
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (BuiltInByName.TryGetValue(argument, out var builtIn))
            {
                policies.Add(builtIn);
                continue;
            }
            if (!LooksLikeFile(argument))
            {
                errors.Add($"<policy> {Output.CliWording.Quote(argument)} is neither a shipped trust-product policy ({KnownNames}) nor a policy JSON file." +
                    (afterValue?.GetValueOrDefault(argument) is { } quoted ? $" If it belongs to the value before it, quote that value: {quoted}." : ""));
                continue;
            }
            var path = Path.GetFullPath(argument, currentDirectory);
            if (Directory.Exists(path))
            {
                errors.Add($"<policy> \"{argument}\": {path} is a directory, not a policy file.");
                continue;
            }
            if (!File.Exists(path))
            {
                errors.Add($"<policy> \"{argument}\": the file {path} does not exist.");
                continue;
            }
            // Bounded: a path such as /dev/zero must be an error, not an endless read.
            if (!Hosting.BoundedTextFile.TryRead(path, $"<policy> \"{argument}\" ({path})", MaxPolicyFileBytes, out var text, out var problem))
            {
                errors.Add(problem!);
                continue;
            }
            var read = PolicyReader.Read(argument, text!);
            foreach (var diagnostic in read.Diagnostics)
            {
                var severity = diagnostic.Severity == InputSeverity.Error ? "error" : "warning";
                var line = $"{diagnostic.Path}:{diagnostic.Line + 1}:{diagnostic.Column + 1}: {severity} {diagnostic.Id}: {diagnostic.Message}";
                (diagnostic.Severity == InputSeverity.Error ? errors : warnings).Add(line);
            }
            if (read.Policy is not { } policy) continue;
            if (policy.Kind != BundleKind.TrustProduct)
            {
                errors.Add($"<policy> \"{argument}\": {policy.Name} is a customer-profile policy; trusthub onboard creates trust products (CNAM, SHAKEN/STIR, Voice Integrity, …).");
                continue;
            }
            policies.Add(policy);
            files.Add(path);
        }
        foreach (var duplicate in policies.GroupBy(p => p.Sid, StringComparer.Ordinal).Where(g => g.Count() > 1))
            errors.Add($"<policy> names the policy {duplicate.Key} ({duplicate.First().Name}) {duplicate.Count()} times; name each policy once.");
        return new PolicySelection(policies, files);
    }

    private static bool LooksLikeFile(string argument) =>
        argument.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || argument.Contains('/') || argument.Contains(Path.DirectorySeparatorChar);
}
