using System;
using System.IO;
using TrustHubGen.Policies.Reading;

namespace TrustHubGen.Policies
{
    /// <summary>Reads policy-definition JSON files (format: <c>specs/policies/README.md</c>).</summary>
    public static class PolicyReader
    {
        /// <summary>
        /// The most characters a policy's strings may hold in all when it becomes generated code (the generator's
        /// <c>PolicyCatalog</c> carries every one as a literal, and an assembly's string heap is 16 MB for everything).
        /// </summary>
        public const int GeneratedCodeBudget = 1000000;

        /// <summary>
        /// Parses and validates one policy file. Never throws: every problem, whatever the input, becomes an
        /// <see cref="InputDiagnostic"/> with the file path and the 0-based line and column of the offending token.
        /// </summary>
        /// <param name="path">The file's path, copied into every diagnostic.</param>
        /// <param name="text">The file's content.</param>
        /// <returns>The policy (null when there is any error) and the diagnostics.</returns>
        public static PolicyReadResult Read(string path, string text) => Read(path, text, int.MaxValue);

        /// <summary>As <see cref="Read(string, string)"/>, refusing (TH0124) a policy whose strings hold more than <paramref name="budget"/> characters.</summary>
        internal static PolicyReadResult Read(string path, string text, int budget)
        {
            try
            {
                return ReadCore(path, text, budget);
            }
#pragma warning disable CA1031 // The compiler host must never see an exception from an input file; the tests fuzz ReadCore without this net.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var diagnostic = InputDiagnostic.Create(InputDiagnosticIds.GeneratorFailure, path ?? string.Empty, 0, 0,
                    Path.GetFileName(path ?? string.Empty), ex.GetType().Name, ex.Message);
                return new PolicyReadResult(null, EquatableArray.Create(diagnostic));
            }
        }

        internal static PolicyReadResult ReadCore(string? path, string? text, int budget = int.MaxValue)
        {
            var (policy, diagnostics) = ReaderFormat.Policy.Read(path, text, (root, bag) => PolicyBinder.Bind(root, bag, budget));
            return new PolicyReadResult(policy, diagnostics);
        }
    }

    /// <summary>The outcome of reading one policy file.</summary>
    /// <param name="Policy">The policy, or <see langword="null"/> when the file has errors (warnings alone keep it).</param>
    /// <param name="Diagnostics">Every problem found, in file order for each kind of check.</param>
    public sealed record PolicyReadResult(PolicyDefinition? Policy, EquatableArray<InputDiagnostic> Diagnostics);
}
