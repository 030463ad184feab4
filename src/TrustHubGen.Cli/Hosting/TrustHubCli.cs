using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Cli.Commands;
using TrustHubGen.Cli.Output;

namespace TrustHubGen.Cli.Hosting;

/// <summary>The <c>trusthub</c> command tree, run in-process by the program and by the tests.</summary>
internal static partial class TrustHubCli
{
    public static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand("trusthub: Twilio Trust Hub onboarding (CNAM, SHAKEN/STIR, Voice Integrity, your own policies) and an offline emulator.\n\n" + ExitCodes.HelpText)
        {
            OnboardCommand.Create(console),
            EmulatorCommand.Create(console),
            SyncCommand.Create(console),
        };
        return root;
    }

    /// <summary>Parses and runs; usage errors exit with 2, cancellation with 130 (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        console = console.WithGuardedOutput();
        var parse = CreateRoot(console).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = new ResponseFiles().TryReadTokens });
        if (parse.Errors.Count > 0)
        {
            var message = string.Join(Environment.NewLine, parse.Errors.Select(e => PlainWords(e.Message)))
                + Environment.NewLine + $"Run '{string.Join(' ', ["trusthub", .. CommandPath(parse)])} --help' for the options.";
            console.Error.WriteLine(message);
            // The tokens after response-file expansion: --json may come from @file.
            if (!args.Contains("--json", StringComparer.Ordinal) && !parse.Tokens.Any(t => t.Value == "--json")) return ExitCodes.BadInput;
            try
            {
                console.Out.WriteLine(OnboardJson.ForError(parse.CommandResult.Command.Name, ExitCodes.BadInput, message));
                return ExitCodes.BadInput;
            }
            catch (CliException e)
            {
                console.Error.WriteLine(e.Message);
                return e.ExitCode;
            }
        }
        // Traces and metrics go out only when OpenTelemetry's variables ask; disposing flushes them before the exit.
        using var telemetry = CliTelemetry.Start(console.GetEnvironmentVariable, console.Error, json: parse.GetResult("--json") is not null);
        // The program owns Ctrl+C/SIGTERM (it cancels the token); System.CommandLine must not install its own handler.
        var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (CliException e)
        {
            // Stdout that cannot be written (StandardOutput), from a command that does not report failures itself.
            console.Error.WriteLine(e.Message);
            return e.ExitCode;
        }
        catch (Exception e)
        {
            // A bug, not a user's mistake: say so plainly, with what is needed to report it.
            console.Error.WriteLine($"trusthub failed unexpectedly; please report this with the command line used (never the credentials):{Environment.NewLine}{e}");
            return ExitCodes.Incomplete;
        }
    }

    // System.CommandLine names the .NET type a value failed to convert to ("System.Int32", "System.Nullable`1[…]"):
    // words for a developer. The option and the value stay; the type becomes what a user can give instead.
    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.$", RegexOptions.Singleline)]
    private static partial Regex ConversionError();

    private static string PlainWords(string message)
    {
        if (ConversionError().Match(message) is not { Success: true } match) return message;
        var type = match.Groups["type"].Value;
        var kind = type.Contains("Int", StringComparison.Ordinal) ? "a whole number"
            : type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) ? "a number"
            : "a value it takes";
        return $"{match.Groups["option"].Value} {CliWording.Quote(match.Groups["value"].Value)} is not {kind}.";
    }

    private static string[] CommandPath(ParseResult parse)
    {
        var names = new System.Collections.Generic.List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (result.Command is not RootCommand) names.Insert(0, result.Command.Name);
        }
        return names.ToArray();
    }
}
