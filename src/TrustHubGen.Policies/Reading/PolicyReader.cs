using System;
using TrustHubGen.Policies.Reading;

namespace TrustHubGen.Policies
{
    /// <summary>Reads policy-definition JSON files (format: <c>specs/policies/README.md</c>).</summary>
    public static class PolicyReader
    {
        /// <summary>
        /// Parses and validates one policy file. Never throws: every problem, whatever the input, becomes an
        /// <see cref="InputDiagnostic"/> with the file path and the 0-based line and column of the offending token.
        /// </summary>
        /// <param name="path">The file's path, copied into every diagnostic.</param>
        /// <param name="text">The file's content.</param>
        /// <returns>The policy (null when there is any error) and the diagnostics.</returns>
        public static PolicyReadResult Read(string path, string text)
        {
            try
            {
                return ReadCore(path, text);
            }
#pragma warning disable CA1031 // The compiler host must never see an exception from an input file; the tests fuzz ReadCore without this net.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var diagnostic = new InputDiagnostic(
                    PolicyDiagnosticIds.MalformedJson,
                    "The policy file could not be read (" + ex.GetType().Name + ": " + ex.Message + "). Please report this with the file.",
                    path ?? string.Empty,
                    0,
                    0,
                    "error");
                return new PolicyReadResult(null, EquatableArray.Create(diagnostic));
            }
        }

        internal static PolicyReadResult ReadCore(string? path, string? text)
        {
            var bag = new DiagnosticBag(path ?? string.Empty);
            if (text is null || text.Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0)
            {
                bag.Error(
                    PolicyDiagnosticIds.EmptyFile,
                    "The policy file is empty; it must hold one JSON object describing a policy (see specs/policies/README.md).",
                    0,
                    0);
                return new PolicyReadResult(null, bag.ToArray());
            }

            JsonNode? root = JsonParser.Parse(text, out SyntaxError? error);
            if (root is null)
            {
                error ??= new SyntaxError(PolicyDiagnosticIds.MalformedJson, "The file is not valid JSON.", 0, 0);
                bag.Error(error.Id, error.Message, error.Line, error.Column);
                return new PolicyReadResult(null, bag.ToArray());
            }

            PolicyDefinition? policy = PolicyBinder.Bind(root, bag);
            return new PolicyReadResult(bag.HasErrors ? null : policy, bag.ToArray());
        }
    }
}
