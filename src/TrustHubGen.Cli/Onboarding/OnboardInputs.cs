using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Mail;
using TrustHubGen.Cli.Output;
using TrustHubGen.Cli.Policies;
using TrustHubGen.Policies;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Cli.Onboarding;

/// <summary>Parsing of the onboard command's values; every problem is collected as a sentence naming the option.</summary>
internal static class OnboardInputs
{
    public const string CnamEndUserType = "cnam_information";
    public const string CnamDisplayNameAttribute = "cnam_display_name";

    /// <summary>
    /// <c>--numbers</c> values (repeatable, comma-separated): all <c>PN…</c> SIDs or all E.164 numbers; null when none given.
    /// </summary>
    public static OnboardingNumbers? Numbers(IReadOnlyList<string> values, bool allNumbers, List<string> errors)
    {
        var numbers = values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (allNumbers)
        {
            if (numbers.Count > 0) errors.Add("--numbers and --all-numbers exclude each other; give one.");
            return OnboardingNumbers.EveryNumberOnProfile;
        }
        if (numbers.Count == 0)
        {
            if (values.Count > 0) errors.Add("--numbers is empty; give PN… SIDs or E.164 numbers such as +14155550100, separated by commas.");
            return null;
        }
        var sids = new List<string>();
        var e164 = new List<string>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i];
            if (number.StartsWith("PN", StringComparison.Ordinal))
            {
                if (number.Length == 34 && number.Skip(2).All(Uri.IsHexDigit)) sids.Add(number);
                else errors.Add($"--numbers {CliWording.Quote(number)} is not a phone number SID (PN followed by 32 hex digits).");
            }
            else if (IsE164(number)) e164.Add(number);
            else if (SplitNumber(numbers, i) is { } split)
            {
                // "+1 (415) 555-0110" unquoted, or on a line of a response file: the shell or the parser cut it at its spaces.
                errors.Add($"--numbers {string.Join(" ", numbers.Skip(i).Take(split.Parts).Select(CliWording.Quote))} look like one number split at its spaces (a response file or an unquoted argument): write {split.Number}.");
                i += split.Parts - 1;
            }
            else if (WithoutFormatting(number) is var plain && IsE164(plain))
                errors.Add($"--numbers {CliWording.Quote(number)} is not in E.164 form: write {plain}.");
            else errors.Add($"--numbers {CliWording.Quote(number)} is neither a PN… SID nor an E.164 number (+ and up to 15 digits, such as +14155550100)" +
                (number.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || PolicySelector.BuiltInByName.ContainsKey(number)
                    ? "; --numbers takes every value up to the next option, so give the policies before it (trusthub onboard cnam --numbers …)." : "."));
        }
        if (sids.Count > 0 && e164.Count > 0)
        {
            errors.Add("--numbers mixes PN… SIDs and E.164 numbers; give one kind per run.");
            return null;
        }
        return sids.Count > 0 ? OnboardingNumbers.FromSids(sids) : e164.Count > 0 ? OnboardingNumbers.FromPhoneNumbers(e164) : null;
    }

    private static bool IsE164(string number) =>
        number.Length is >= 3 and <= 16 && number[0] == '+' && number.Skip(1).All(char.IsAsciiDigit) && number[1] != '0';

    // The way people write numbers (spaces, parentheses, hyphens, dots), taken out: "+1 (415) 555-0110" is +14155550110.
    private static string WithoutFormatting(string number) => new(number.Where(c => c is not (' ' or '(' or ')' or '-' or '.')).ToArray());

    /// <summary>The fewest values from <paramref name="start"/> on (two or more, the first with a +) that together make one E.164 number.</summary>
    private static (int Parts, string Number)? SplitNumber(List<string> values, int start)
    {
        if (!values[start].StartsWith('+')) return null;
        var joined = WithoutFormatting(values[start]);
        for (var end = start + 1; end < values.Count && end < start + 6 && !IsE164(values[end]) && !values[end].StartsWith('+'); end++)
        {
            joined += WithoutFormatting(values[end]);
            if (joined.Length > 16) return null;
            if (IsE164(joined) && (end + 1 == values.Count || IsE164(values[end + 1]) || values[end + 1].StartsWith('+') || values[end + 1].StartsWith("PN", StringComparison.Ordinal)))
                return (end - start + 1, joined);
        }
        return null;
    }

    /// <summary>
    /// End-user attribute values from <c>--display-name</c> and <c>--attribute type.name=value</c>, checked against
    /// the selected policies (the type and attribute must exist in one of them; the value rules are the engine's).
    /// </summary>
    public static Dictionary<string, Dictionary<string, string>> Attributes(IReadOnlyList<PolicyDefinition> policies, string? displayName,
        IReadOnlyList<string> attributes, List<string> errors)
    {
        var values = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var known = policies.SelectMany(p => p.EndUsers).GroupBy(e => e.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Attributes).Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        void Set(string option, string type, string name, string value)
        {
            if (!known.TryGetValue(type, out var names))
            {
                errors.Add(known.Count == 0
                    ? $"{option}: the selected policies take no end users, so {CliWording.Quote(type)} has nowhere to go."
                    : $"{option}: end-user type {CliWording.Quote(type)} is not taken by the selected policies; they take {string.Join(", ", known.Keys.Select(k => $"\"{k}\""))}.");
                return;
            }
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                errors.Add($"{option}: {CliWording.Quote(type)} has no attribute {CliWording.Quote(name)}; it has {string.Join(", ", names.Select(n => $"\"{n}\""))}.");
                return;
            }
            if (!values.TryGetValue(type, out var map)) values[type] = map = new Dictionary<string, string>(StringComparer.Ordinal);
            if (map.ContainsKey(name)) errors.Add($"{option}: {type}.{name} is given more than once.");
            else map[name] = value;
        }

        if (displayName is not null) Set("--display-name", CnamEndUserType, CnamDisplayNameAttribute, displayName);
        foreach (var attribute in attributes)
        {
            var equals = attribute.IndexOf('=', StringComparison.Ordinal);
            var dot = equals < 0 ? -1 : attribute.LastIndexOf('.', equals);
            if (equals < 0 || dot <= 0 || dot == equals - 1)
            {
                errors.Add($"--attribute {CliWording.Quote(attribute)} is not <end_user_type>.<attribute>=<value>, such as voice_integrity_information.use_case=\"Appointment reminders\".");
                continue;
            }
            Set($"--attribute \"{attribute[..equals]}\"", attribute[..dot], attribute[(dot + 1)..equals], attribute[(equals + 1)..]);
        }
        return values;
    }

    /// <summary>
    /// The attribute values against the selected policies' rules (the rules library's checks, the same the engine and
    /// the emulator apply), before any call: each problem names the option that gives the value.
    /// </summary>
    public static void CheckAttributeValues(IReadOnlyList<PolicyDefinition> policies, Dictionary<string, Dictionary<string, string>> values, List<string> errors)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var policy in policies)
        {
            foreach (var endUser in policy.EndUsers)
            {
                values.TryGetValue(endUser.Type, out var given);
                if (given is null && endUser.Min == 0) continue;
                foreach (var rule in endUser.Attributes)
                {
                    string? value = null;
                    given?.TryGetValue(rule.Name, out value);
                    if (PolicyRules.CheckAttribute(rule, value) is not { } problem || !reported.Add($"{endUser.Type}.{rule.Name}")) continue;
                    var option = OptionFor(endUser.Type, rule.Name);
                    errors.Add(value is null
                        ? $"{option} is required by policy {policy.Name}: {problem}"
                        : $"{option}: {problem}");
                }
            }
        }
    }

    /// <summary>The option a user writes for an end-user attribute.</summary>
    public static string OptionFor(string endUserType, string attribute) =>
        endUserType == CnamEndUserType && attribute == CnamDisplayNameAttribute ? "--display-name" : $"--attribute {endUserType}.{attribute}=…";

    /// <summary>
    /// A plain address Twilio can send review results to: local part, <c>@</c>, and a domain with a dot; no display name
    /// (<c>Ops &lt;ops@…&gt;</c>) and no surrounding spaces. A typo here surfaces only as Twilio's 400 mid-run otherwise.
    /// </summary>
    public static bool IsEmailAddress(string value) =>
        !value.Any(CliWording.IsInvisible) && MailAddress.TryCreate(value, out var address) && address.Address == value && address.DisplayName.Length == 0
        && address.Host.Contains('.', StringComparison.Ordinal) && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    /// <summary>An absolute http(s) URL option, or null when not given.</summary>
    public static Uri? Url(string option, string? value, List<string> errors)
    {
        if (value is null) return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)) return uri;
        errors.Add($"{option} {CliWording.Quote(value)} is not an absolute http(s) URL.");
        return null;
    }

    /// <summary>
    /// <c>--trusthub-url</c>/<c>--api-url</c>: an http(s) address with no query, fragment or credentials (those come only
    /// from the environment), or null when not given. A password in it is never repeated in the message.
    /// </summary>
    public static Uri? ServiceUrl(string option, string? value, List<string> errors)
    {
        if (Url(option, value, errors) is not { } uri) return null;
        if (TwilioClientOptions.DescribeBaseAddressProblem(option, uri, Hosting.EnvironmentCredentials.Variables) is not { } problem) return uri;
        errors.Add(problem);
        return null;
    }
}
