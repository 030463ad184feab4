namespace Onboarding;

/// <summary>The sample's command line.</summary>
internal sealed record SampleArguments(bool Yes, bool PlanOnly)
{
    public const string Usage = """
        usage: bash eng/sample.sh [--yes] [--plan]
          --plan   print the calls still needed and stop (a dry run)
          --yes    do not ask for confirmation before writing to a live account
        """;

    public static SampleArguments? Parse(IReadOnlyList<string> args)
    {
        bool yes = false, plan = false;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--yes": yes = true; break;
                case "--plan": plan = true; break;
                default:
                    Console.Error.WriteLine($"Unknown argument \"{arg}\".");
                    return null;
            }
        }
        return new SampleArguments(yes, plan);
    }
}
