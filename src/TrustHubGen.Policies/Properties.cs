using System.Runtime.CompilerServices;

// The tests fuzz the reader's core without its last-resort catch, and check the embedded files' diagnostics.
[assembly: InternalsVisibleTo("TrustHubGen.Policies.Tests")]
