using System.Runtime.CompilerServices;

// The code fixes read the rule IDs and the property keys the analyzers attach; the tests inspect the descriptors; the
// benchmark's breakdown times the analyzers' parts apart.
[assembly: InternalsVisibleTo("TrustHubGen.CodeFixes")]
[assembly: InternalsVisibleTo("TrustHubGen.Analyzers.Tests")]
[assembly: InternalsVisibleTo("TrustHubGen.Analyzers.Benchmarks")]
