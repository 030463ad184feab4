using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;
using TrustHubGen.Cli.Hosting;
using TrustHubGen.Cli.Output;
using TrustHubGen.Cli.Policies;
using TrustHubGen.Policies;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Cli.Onboarding;

/// <summary>
/// One <c>trusthub onboard</c>: checks every input before any call, opens the target, plans, asks (live writes),
/// runs the onboarding engine with progress, and reports in text or JSON with an exit code from <see cref="ExitCodes"/>.
/// </summary>
internal sealed class OnboardRun(CliConsole console, OnboardSettings settings)
{
    // The emulator's demo seed belongs to "Owl Industries"; these stand in for what a live run must be given.
    private const string EmulatorEmail = "trust-hub@owl.example.com";
    private const string EmulatorDisplayName = "Owl Industries";

    private readonly OnboardJson _json = new();

    // Why a run that ended without an exception stopped short (exit 4 or 130): --json's error, which is set whenever the
    // exit code is not 0 or 1.
    private string? _stopped;
    private IAnsiConsole? _human;

    /// <summary>Human output: stdout normally; off with --json (stdout then holds only the JSON document).</summary>
    private IAnsiConsole? Human => settings.Json ? null : _human ??= HumanConsole.Create(console.Out, console.OutputIsTerminal, console.Terminal);

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        try
        {
            var exitCode = await RunAsync(cancellationToken).ConfigureAwait(false);
            if (settings.Json) console.Out.WriteLine(_json.Write(exitCode, _stopped));
            return exitCode;
        }
        catch (Exception e) when (Failures.Classify(e, cancellationToken, _json.ProfileSid, _json.AccountSid, _json.Target) is { } failure)
        {
            console.Error.WriteLine(failure.Message);
            if (settings.Json) console.Out.WriteLine(_json.Write(failure.ExitCode, failure.Message));
            return failure.ExitCode;
        }
    }

    private async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var inputs = CheckInputs();

        await using var target = settings.Emulator
            ? await ServiceTarget.StartEmulatorAsync(inputs.Selection.Files, cancellationToken).ConfigureAwait(false)
            : ServiceTarget.Connect(console.GetEnvironmentVariable, inputs.TrustHubUrl, inputs.ApiUrl);
        _json.Target = target.Description;
        _json.AccountSid = target.AccountSid;
        Human?.MarkupLineInterpolated($"Target: {target.Description}");

        var profile = settings.Profile ?? await target.FindDefaultProfileAsync(PrimaryProfilePolicySid, cancellationToken).ConfigureAwait(false);
        _json.ProfileSid = profile;
        Human?.MarkupLineInterpolated($"Business Profile: {profile}");
        var request = new OnboardingRequest
        {
            BusinessProfileSid = profile,
            Policies = inputs.Policies,
            Numbers = inputs.Numbers ?? OnboardingNumbers.FromSids(target.DefaultNumberSids()!),
            EndUserAttributes = inputs.Attributes.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal),
            NotificationEmail = settings.Email ?? EmulatorEmail,
            StatusCallback = inputs.StatusCallback,
            Options = new OnboardingOptions
            {
                PutNumbersOnProfile = !settings.NoPutOnProfile,
                MaxConcurrency = settings.Concurrency,
                WaitForReview = settings.Wait,
                ReviewTimeout = TimeSpan.FromSeconds(settings.WaitTimeoutSeconds),
                ReviewPollInitialDelay = TimeSpan.FromMilliseconds(250),
                ReviewPollMaxDelay = TimeSpan.FromSeconds(30),
                RetryMonitor = target.RetryMonitor,
                FriendlyNamePrefix = settings.FriendlyNamePrefix ?? new OnboardingOptions().FriendlyNamePrefix,
            },
        };

        var plan = await new OnboardingPlanner(target.Operations).PlanAsync(request, cancellationToken).ConfigureAwait(false);
        _json.Plan = plan;
        if (Human is { } planOutput)
        {
            OnboardText.WritePlan(planOutput, plan);
            if (settings.PlanOnly) OnboardText.WritePlanSteps(planOutput, plan);
        }
        if (settings.PlanOnly && plan.Refused.Count > 0)
        {
            _stopped = $"The plan refuses {plan.Refused.Count} number(s) (plan.refused says why); a run would leave them out.";
            return ExitCodes.PlanRefusesNumbers;
        }
        if (settings.PlanOnly) return ExitCodes.Success;
        if (!plan.IsEmpty && !target.IsInProcessEmulator && !settings.Yes && !await ConfirmAsync(target, cancellationToken).ConfigureAwait(false))
        {
            _stopped = "Nothing was written: the run was not confirmed.";
            console.Error.WriteLine(_stopped);
            return ExitCodes.Cancelled;
        }

        var result = await RunWithProgressAsync(target, request, cancellationToken).ConfigureAwait(false);
        _json.Result = result;
        if (Human is { } resultOutput) OnboardText.WriteResult(resultOutput, result);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.Incomplete;
    }

    /// <summary>Every input checked before any call; all problems reported together (exit code 2).</summary>
    private CheckedInputs CheckInputs()
    {
        var errors = new List<string>();
        if (settings.Policies.Count == 0)
            errors.Add($"<policy> is missing: name what to onboard for before the options, such as trusthub onboard cnam shaken-stir --numbers … (shipped: {PolicySelector.KnownNames}; or a policy JSON file).");
        var selection = PolicySelector.Select(settings.Policies, console.CurrentDirectory, errors, _json.Warnings, settings.PolicyAfterValue);
        var policies = selection.Policies.Select(OnboardingPolicy.From).ToList();
        _json.Policies = policies;
        var numbers = OnboardInputs.Numbers(settings.Numbers, settings.AllNumbers, errors);
        var attributes = OnboardInputs.Attributes(selection.Policies, settings.DisplayName, settings.Attributes, errors);
        var callback = OnboardInputs.Url("--status-callback", settings.StatusCallback, errors);
        var trustHubUrl = OnboardInputs.ServiceUrl("--trusthub-url", settings.TrustHubUrl, errors);
        var apiUrl = OnboardInputs.ServiceUrl("--api-url", settings.ApiUrl, errors);
        if (settings.Emulator && (settings.TrustHubUrl is not null || settings.ApiUrl is not null))
            errors.Add("--emulator starts its own emulator; drop --trusthub-url/--api-url, or drop --emulator to use the one at that address.");
        if (settings.Concurrency is < 1 or > 256) errors.Add($"--concurrency {settings.Concurrency} is out of range; use 1 to 256.");
        if (settings.WaitTimeoutSeconds < 1) errors.Add($"--wait-timeout {settings.WaitTimeoutSeconds} must be at least 1 second.");
        // Options that would change nothing are said to, not ignored in silence: the user expected them to.
        if (settings.Wait && settings.PlanOnly) _json.Warnings.Add("--wait has no effect with --plan: a plan writes nothing, so no review starts.");
        else if (settings.WaitTimeoutGiven && !settings.Wait) _json.Warnings.Add("--wait-timeout has no effect without --wait: the run does not wait for the review.");
        if (settings.Profile is { } profileSid && !IsSid(profileSid, "BU"))
            errors.Add($"--profile {CliWording.Quote(profileSid)} is not a Business Profile SID (BU followed by 32 hex digits).");
        if (settings.Email is null && !settings.Emulator) errors.Add("--email is required: Twilio sends the review results there.");
        else if (settings.Email is { } email && !OnboardInputs.IsEmailAddress(email))
            errors.Add($"--email {CliWording.Quote(email)} is not an e-mail address such as ops@example.com.");
        if (numbers is null && !settings.Emulator && !errors.Any(e => e.StartsWith("--numbers", StringComparison.Ordinal)))
            errors.Add("Name the numbers: --numbers PN…|+1…[,…] or --all-numbers (every number on the Business Profile).");
        if (settings.Emulator) AddEmulatorDefaults(selection.Policies, attributes);
        OnboardInputs.CheckAttributeValues(selection.Policies, attributes, errors);
        if (settings.FriendlyNamePrefix is { } prefix && (prefix.Trim().Length == 0 || prefix.Trim().Length != prefix.Length || prefix.Length > 64 || CliWording.BreaksLines(prefix)))
            errors.Add($"--friendly-name-prefix {CliWording.Quote(prefix)} must be 1 to 64 characters without leading or trailing spaces, line breaks or bidi controls; earlier work is found by it.");
        foreach (var warning in _json.Warnings) console.Error.WriteLine(warning);
        if (errors.Count > 0) throw CliException.BadInput(string.Join(Environment.NewLine, errors));
        return new CheckedInputs(selection, policies, numbers, attributes, callback, trustHubUrl, apiUrl);
    }

    private static string PrimaryProfilePolicySid =>
        BuiltInPolicies.All.First(p => p.Name == "PrimaryBusinessProfile").Sid;

    /// <summary>The demo stand-ins for what a live run must be given: the CNAM display name of the seeded business.</summary>
    private void AddEmulatorDefaults(IReadOnlyList<PolicyDefinition> policies, Dictionary<string, Dictionary<string, string>> attributes)
    {
        if (!policies.Any(p => p.EndUsers.Any(e => e.Type == OnboardInputs.CnamEndUserType))) return;
        if (!attributes.TryGetValue(OnboardInputs.CnamEndUserType, out var cnam)) attributes[OnboardInputs.CnamEndUserType] = cnam = new(StringComparer.Ordinal);
        cnam.TryAdd(OnboardInputs.CnamDisplayNameAttribute, EmulatorDisplayName);
    }

    /// <summary>
    /// Live writes need a yes: asked on a terminal, otherwise --yes is required (a script cannot answer). Ctrl+C at the
    /// prompt is a no at once: the read of the answer cannot be interrupted, so it is left behind rather than awaited.
    /// </summary>
    private async Task<bool> ConfirmAsync(ServiceTarget target, CancellationToken cancellationToken)
    {
        if (!console.InputIsTerminal)
            throw CliException.BadInput($"This run writes to {target.Description}, and stdin is not a terminal to confirm on: pass --yes (review the calls first with --plan).");
        var prompt = settings.Json ? console.Error : console.Out;
        prompt.Write($"Write to {target.Description}? [y/N] ");
        prompt.Flush();
        string? answer;
        try
        {
            answer = await Task.Run(console.In.ReadLine, CancellationToken.None).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            prompt.WriteLine();
            return false;
        }
        return answer is not null && (answer.Trim().Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<OnboardingResult> RunWithProgressAsync(ServiceTarget target, OnboardingRequest request, CancellationToken cancellationToken)
    {
        var runner = new OnboardingRunner(target.Operations);
        if (Human is not { } human) return await runner.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
        if (!HumanConsole.CanRedraw(human)) return await runner.RunAsync(request, new PlainProgress(console.Out), cancellationToken).ConfigureAwait(false);
        return await human.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var live = new LiveProgress(context);
                var result = await runner.RunAsync(request, live, cancellationToken).ConfigureAwait(false);
                live.FinishCurrent();
                return result;
            }).ConfigureAwait(false);
    }

    private static bool IsSid(string value, string prefix) =>
        value.Length == 34 && value.StartsWith(prefix, StringComparison.Ordinal) && value.Skip(2).All(Uri.IsHexDigit);
}

/// <summary>The onboard command's inputs once checked.</summary>
internal sealed record CheckedInputs(PolicySelection Selection, IReadOnlyList<OnboardingPolicy> Policies, OnboardingNumbers? Numbers,
    Dictionary<string, Dictionary<string, string>> Attributes, Uri? StatusCallback, Uri? TrustHubUrl, Uri? ApiUrl);
