using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using TrustHubGen.Cli.Hosting;
using TrustHubGen.Cli.Onboarding;
using TrustHubGen.Cli.Policies;

namespace TrustHubGen.Cli.Commands;

/// <summary><c>trusthub onboard &lt;policy&gt;... [options]</c>: the options and how they become <see cref="OnboardSettings"/>.</summary>
internal static class OnboardCommand
{
    private static readonly Argument<string[]> PolicyArgument = new("policy")
    {
        // Zero or more here: a missing policy is reported with every other input problem (OnboardRun.CheckInputs).
        Arity = ArgumentArity.ZeroOrMore,
        Description = $"A shipped trust-product policy ({PolicySelector.KnownNames}) or the path of a policy JSON file; several share the profile assignments.",
    };

    private static readonly Option<string?> Profile = new("--profile") { HelpName = "BU…", Description = "The twilio-approved Business Profile. Default: the account's only approved Primary Business Profile (the emulator's with --emulator)." };
    // Several values per --numbers, so a response file can hold "--numbers" and then one number a line (docs/cli.md).
    private static readonly Option<string[]> Numbers = new("--numbers") { HelpName = "PN…|+1…[,…]", Description = "Numbers by SID or E.164: comma-separated, space-separated or repeated; give the policies before it.", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<bool> AllNumbers = new("--all-numbers") { Description = "Every number already on the Business Profile." };
    private static readonly Option<string?> DisplayName = new("--display-name") { HelpName = "name", Description = "The CNAM display name (cnam_information.cnam_display_name): at most 15 characters, begins with a letter." };
    private static readonly Option<string[]> Attributes = new("--attribute") { HelpName = "type.name=value", Description = "An end-user attribute a policy requires, e.g. voice_integrity_information.use_case=Reminders (repeatable)." };
    private static readonly Option<string?> Email = new("--email") { HelpName = "address", Description = "Where Twilio sends review results (required unless --emulator)." };
    private static readonly Option<string?> StatusCallback = new("--status-callback") { HelpName = "url", Description = "A URL Twilio calls when a product's status changes." };
    private static readonly Option<bool> Plan = new("--plan") { Description = "Dry run: read the account and print the calls still needed; write nothing." };
    private static readonly Option<bool> Yes = new("--yes", "-y") { Description = "Write to the account without the confirmation prompt (required when stdin is not a terminal)." };
    private static readonly Option<bool> Wait = new("--wait") { Description = "Wait for the review outcome (twilio-approved or twilio-rejected with its codes)." };
    private static readonly Option<int> WaitTimeout = new("--wait-timeout") { HelpName = "seconds", Description = "How long --wait waits in all.", DefaultValueFactory = _ => 1800 };
    private static readonly Option<int> Concurrency = new("--concurrency") { HelpName = "n", Description = "Number assignments in flight at once (1-256).", DefaultValueFactory = _ => 8 };
    private static readonly Option<bool> NoPutOnProfile = new("--no-put-on-profile") { Description = "Do not put numbers on the Business Profile first; numbers not on it are refused." };
    private static readonly Option<string?> FriendlyNamePrefix = new("--friendly-name-prefix") { HelpName = "prefix", Description = "The start of the friendly names this tool gives products and end users, by which a rerun finds them (default TrustHubGen). Another prefix makes new products, e.g. when the existing ones no longer take numbers." };
    private static readonly Option<bool> Emulator = new("--emulator") { Description = "Start the Trust Hub emulator in this process (demo seed) and onboard there; needs no credentials." };
    private static readonly Option<string?> TrustHubUrl = new("--trusthub-url") { HelpName = "url", Description = "Send Trust Hub calls here instead of https://trusthub.twilio.com (a running emulator)." };
    private static readonly Option<string?> ApiUrl = new("--api-url") { HelpName = "url", Description = "Send API 2010 calls here instead of https://api.twilio.com. Default: --trusthub-url when set." };
    private static readonly Option<bool> Json = new("--json") { Description = "Write one JSON document on stdout and nothing else there." };

    public static Command Create(CliConsole console)
    {
        var command = new Command("onboard", "Onboard numbers for trust-product policies (CNAM, SHAKEN/STIR, Voice Integrity, your own policy files). Credentials come only from TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN or TWILIO_API_KEY/TWILIO_API_SECRET.")
        {
            PolicyArgument, Profile, Numbers, AllNumbers, DisplayName, Attributes, Email, StatusCallback, Plan, Yes, Wait, WaitTimeout,
            Concurrency, NoPutOnProfile, FriendlyNamePrefix, Emulator, TrustHubUrl, ApiUrl, Json,
        };
        command.SetAction((parse, cancellationToken) => new OnboardRun(console, Read(parse)).ExecuteAsync(cancellationToken));
        return command;
    }

    /// <summary>
    /// Words taken as policies because they followed an option's single value: an unquoted value with a space
    /// (<c>--display-name Owl Industries</c>) splits there. Mapped to the option with the value as probably meant.
    /// </summary>
    private static Dictionary<string, string> PolicyAfterValue(ParseResult parse)
    {
        var hints = new Dictionary<string, string>(StringComparer.Ordinal);
        var tokens = parse.Tokens;
        foreach (var option in parse.CommandResult.Children.OfType<OptionResult>())
        {
            if (option.Option.AllowMultipleArgumentsPerToken || option.Option.Arity.MaximumNumberOfValues == 0) continue;
            foreach (var value in option.Tokens)
            {
                var next = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => ReferenceEquals(tokens[i], value), -1) + 1;
                if (next > 0 && next < tokens.Count && tokens[next].Type == TokenType.Argument)
                    hints.TryAdd(tokens[next].Value, $"{option.Option.Name} \"{value.Value} {tokens[next].Value}\"");
            }
        }
        return hints;
    }

    private static OnboardSettings Read(ParseResult parse) => new()
    {
        Policies = parse.GetValue(PolicyArgument) ?? [],
        PolicyAfterValue = PolicyAfterValue(parse),
        Profile = parse.GetValue(Profile),
        Numbers = parse.GetValue(Numbers) ?? [],
        AllNumbers = parse.GetValue(AllNumbers),
        DisplayName = parse.GetValue(DisplayName),
        Attributes = parse.GetValue(Attributes) ?? [],
        Email = parse.GetValue(Email),
        StatusCallback = parse.GetValue(StatusCallback),
        PlanOnly = parse.GetValue(Plan),
        Yes = parse.GetValue(Yes),
        Wait = parse.GetValue(Wait),
        WaitTimeoutSeconds = parse.GetValue(WaitTimeout),
        WaitTimeoutGiven = parse.GetResult(WaitTimeout) is { Implicit: false },
        Concurrency = parse.GetValue(Concurrency),
        NoPutOnProfile = parse.GetValue(NoPutOnProfile),
        FriendlyNamePrefix = parse.GetValue(FriendlyNamePrefix),
        Emulator = parse.GetValue(Emulator),
        TrustHubUrl = parse.GetValue(TrustHubUrl),
        ApiUrl = parse.GetValue(ApiUrl),
        Json = parse.GetValue(Json),
    };
}
