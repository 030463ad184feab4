using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;

namespace TrustHubGen.Policies
{
    /// <summary>The policy definitions shipped with TrustHubGen (<c>specs/policies/*.json</c>, embedded in this assembly).</summary>
    public static class BuiltInPolicies
    {
        private const string ResourcePrefix = "TrustHubGen.Policies.BuiltIn.";

        private static readonly Lazy<Loaded> Cache = new Lazy<Loaded>(Load);

        /// <summary>Every shipped definition that reads without error, ordered by SID.</summary>
        public static EquatableArray<PolicyDefinition> All => Cache.Value.Policies;

        /// <summary>The diagnostics of the embedded files; always empty in a correct build (a test asserts it).</summary>
        internal static EquatableArray<InputDiagnostic> Diagnostics => Cache.Value.Diagnostics;

        /// <summary>The names of the embedded policy resources.</summary>
        internal static EquatableArray<string> ResourceNames => Cache.Value.ResourceNames;

        /// <summary>Finds a shipped definition by its SID (compared ordinally, as Twilio does).</summary>
        /// <param name="sid">A policy SID such as <c>RNf3db3cd1fe25fcfd3c3ded065c8fea53</c>.</param>
        /// <returns>The definition, or <see langword="null"/> when no shipped policy has that SID.</returns>
        public static PolicyDefinition? Find(string sid)
        {
            foreach (PolicyDefinition policy in All)
            {
                if (string.Equals(policy.Sid, sid, StringComparison.Ordinal))
                {
                    return policy;
                }
            }

            return null;
        }

        private static Loaded Load()
        {
            Assembly assembly = typeof(BuiltInPolicies).Assembly;
            var names = new List<string>();
            foreach (string name in assembly.GetManifestResourceNames())
            {
                if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                {
                    names.Add(name);
                }
            }

            names.Sort(StringComparer.Ordinal);
            var policies = new List<PolicyDefinition>();
            var diagnostics = new List<InputDiagnostic>();
            foreach (string name in names)
            {
                string path = "specs/policies/" + name.Substring(ResourcePrefix.Length);
                PolicyReadResult result = PolicyReader.Read(path, ReadResource(assembly, name));
                diagnostics.AddRange(result.Diagnostics);
                if (result.Policy is not null)
                {
                    policies.Add(result.Policy);
                }
            }

            policies.Sort((a, b) => string.CompareOrdinal(a.Sid, b.Sid));
            return new Loaded(new EquatableArray<PolicyDefinition>(policies), new EquatableArray<InputDiagnostic>(diagnostics), new EquatableArray<string>(names));
        }

        private static string ReadResource(Assembly assembly, string name)
        {
            using Stream? stream = assembly.GetManifestResourceStream(name);
            if (stream is null)
            {
                return string.Empty;
            }

            using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        private sealed class Loaded
        {
            public Loaded(EquatableArray<PolicyDefinition> policies, EquatableArray<InputDiagnostic> diagnostics, EquatableArray<string> resourceNames)
            {
                Policies = policies;
                Diagnostics = diagnostics;
                ResourceNames = resourceNames;
            }

            public EquatableArray<PolicyDefinition> Policies { get; }

            public EquatableArray<InputDiagnostic> Diagnostics { get; }

            public EquatableArray<string> ResourceNames { get; }
        }
    }
}
