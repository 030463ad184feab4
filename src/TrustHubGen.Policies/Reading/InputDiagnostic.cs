namespace TrustHubGen.Policies
{
    /// <summary>A problem in an input file, as data (no Roslyn types): the generator maps it to a compiler diagnostic.</summary>
    /// <param name="Id">The diagnostic ID, e.g. <c>TH0102</c> (listed in <c>specs/policies/README.md</c>).</param>
    /// <param name="Message">What is wrong and what is expected.</param>
    /// <param name="Path">The path of the file, as given to the reader.</param>
    /// <param name="Line">The 0-based line of the offending token.</param>
    /// <param name="Column">The 0-based column (in UTF-16 code units) of the offending token.</param>
    /// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
    public sealed record InputDiagnostic(string Id, string Message, string Path, int Line, int Column, string Severity);

    /// <summary>The outcome of reading one policy file.</summary>
    /// <param name="Policy">The policy, or <see langword="null"/> when the file has errors (warnings alone keep it).</param>
    /// <param name="Diagnostics">Every problem found, in file order for each kind of check.</param>
    public sealed record PolicyReadResult(PolicyDefinition? Policy, EquatableArray<InputDiagnostic> Diagnostics);
}
