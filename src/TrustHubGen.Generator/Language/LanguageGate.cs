using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Language;

/// <summary>What this compilation would generate, for <see cref="LanguageGate.Decide"/>: each output by whether it is emitted here.</summary>
internal sealed record GeneratedHere(bool SpecSdk, bool PolicyCode, bool AccountHandles, bool HandlesNameSpecTypes);

/// <summary>
/// Which generated outputs the project's C# can compile (<see cref="LanguageNeeds"/>), decided once for all of them, with
/// one TH0022 naming every output left out and the highest version needed. Code that names the types of an output left
/// out (the policies' code and typed account handles name the spec-derived SDK generated here) is left out with it.
/// </summary>
internal sealed record LanguageGate(bool SpecSdk, bool PolicyCode, bool AccountHandles, InputDiagnostic? Problem)
{
    public static LanguageGate Decide(GeneratedHere here, LanguageVersion version)
    {
        var tooOld = new List<LanguageNeed>();
        bool Allows(bool emitted, LanguageNeed need)
        {
            if (!emitted || version >= need.Version) return true;
            tooOld.Add(need);
            return false;
        }
        var spec = Allows(here.SpecSdk, LanguageNeeds.SpecSdk);
        var policies = Allows(here.PolicyCode, LanguageNeeds.PolicyCode) && (spec || !here.SpecSdk);
        var handles = Allows(here.AccountHandles, LanguageNeeds.AccountHandles) && (spec || !here.HandlesNameSpecTypes);
        return new LanguageGate(spec, policies, handles, Diagnostic(tooOld, version));
    }

    private static InputDiagnostic? Diagnostic(List<LanguageNeed> tooOld, LanguageVersion version)
    {
        if (tooOld.Count == 0) return null;
        var needed = tooOld.Max(n => n.Version);
        var code = tooOld.Count == 1 ? tooOld[0].Code : string.Join(", ", tooOld.Take(tooOld.Count - 1).Select(n => n.Code)) + " and " + tooOld[tooOld.Count - 1].Code;
        var features = string.Join(", ", tooOld.Select(n => n.Features).Distinct());
        return InputDiagnostic.Create(InputDiagnosticIds.LanguageVersionTooLow, string.Empty, 0, 0, version.ToDisplayString(), code, needed.ToDisplayString(), features);
    }
}
