using System.Runtime.CompilerServices;

// The tests fuzz the reader's core without its last-resort catch, and check the embedded files' diagnostics.
[assembly: InternalsVisibleTo("TrustHubGen.Policies.Tests")]
// The generator names generated types with the same function the reader checks names with (Naming/IdentifierNames).
[assembly: InternalsVisibleTo("TrustHubGen.Generator")]
[assembly: InternalsVisibleTo("TrustHubGen.Generator.Tests")]
// The build-time policy-table tool (eng/TrustHubGen.PolicyTable) writes the analyzers' built-in table with Emit/PolicyDefinitionSource.
[assembly: InternalsVisibleTo("TrustHubGen.PolicyTable")]
