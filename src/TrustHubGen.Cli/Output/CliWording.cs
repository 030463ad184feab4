using System;

namespace TrustHubGen.Cli.Output;

/// <summary>
/// The engine words its advice for library users (<c>Options.FriendlyNamePrefix</c>); on the command line the same
/// advice must name the option a user can type.
/// </summary>
internal static class CliWording
{
    public static string ForCommandLine(string text) =>
        text.Replace("another Options.FriendlyNamePrefix", "another --friendly-name-prefix", StringComparison.Ordinal)
            .Replace("Options.FriendlyNamePrefix", "--friendly-name-prefix", StringComparison.Ordinal);
}
