namespace TrustHubGen.Cli.Hosting;

/// <summary>The process exit codes (documented in docs/cli.md and <c>trusthub --help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Onboarding incomplete: failed numbers, a noncompliant evaluation, a rejection, or the review wait timed out.</summary>
    public const int Incomplete = 1;

    /// <summary>Bad input or usage; the message names the input and what is wrong.</summary>
    public const int BadInput = 2;

    /// <summary>Authentication or configuration: missing or refused credentials, an unreachable service.</summary>
    public const int Configuration = 3;

    /// <summary><c>--plan</c> only: the plan refuses some numbers (listed), so a run would leave them out. Lets CI stop before the run.</summary>
    public const int PlanRefusesNumbers = 4;

    /// <summary>Cancelled (Ctrl+C or SIGTERM); a rerun resumes from what the service already has.</summary>
    public const int Cancelled = 130;

    public const string HelpText = """
        Exit codes:
          0    done
          1    onboarding incomplete (failed numbers, noncompliant evaluation, rejected, review wait timed out)
          2    bad input or usage (the message names the input and what is wrong)
          3    authentication or configuration (credentials missing or refused, service unreachable)
          4    --plan only: the plan refuses some numbers (a run would leave them out; a run itself exits 0 for them)
          130  cancelled (Ctrl+C/SIGTERM); run again to resume
        """;
}
