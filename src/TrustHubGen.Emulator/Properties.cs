using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("TrustHubGen.Emulator.Tests")]
