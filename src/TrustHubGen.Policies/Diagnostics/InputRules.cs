using System;
using System.Collections.Generic;

namespace TrustHubGen.Policies
{
    /// <summary>
    /// The one table of input diagnostics (TH0001–TH0299): ID, severity, title and message format. The generator builds
    /// its Roslyn descriptors from it in one place, <c>AnalyzerReleases.Unshipped.md</c> lists every row, and each row has
    /// a section in <c>docs/rules/inputs.md</c> (tests hold the three equal).
    /// </summary>
    public static class InputRules
    {
        /// <summary>The category of every input diagnostic.</summary>
        public const string Category = "TrustHubGen.Input";

        /// <summary>The page documenting every input diagnostic.</summary>
        public const string HelpPage = "https://github.com/trusthubgen/trusthubgen/blob/main/docs/rules/inputs.md";

        /// <summary>Every rule, by ID.</summary>
        public static IReadOnlyList<InputRule> All { get; } = new[]
        {
            new InputRule(InputDiagnosticIds.OpenApiEmptyFile, InputSeverity.Error, "OpenAPI document is empty", "{0} is empty; expected an OpenAPI 3.0 or 3.1 document in JSON."),
            new InputRule(InputDiagnosticIds.OpenApiMalformedJson, InputSeverity.Error, "OpenAPI document is not valid JSON", "{0} is not valid JSON: {1}"),
            new InputRule(InputDiagnosticIds.OpenApiTooLarge, InputSeverity.Error, "OpenAPI document is too large", "{0} has {1} MB; the limit is {2} MB. Select the operations you need with TrustHubGenOperations on a smaller copy of the spec."),
            new InputRule(InputDiagnosticIds.OpenApiUnsupportedVersion, InputSeverity.Error, "OpenAPI version is not supported", "{0} is {1}; TrustHubGen reads OpenAPI 3.0.x and 3.1.x documents (\"openapi\": \"3.0.1\"), so convert it first."),
            new InputRule(InputDiagnosticIds.OpenApiUnresolvedReference, InputSeverity.Error, "$ref reaches no schema", "$ref '{0}' in {1} {2}"),
            new InputRule(InputDiagnosticIds.OpenApiInvalidDocument, InputSeverity.Error, "OpenAPI document is invalid", "{0}: {1}"),
            new InputRule(InputDiagnosticIds.OpenApiUnknownOperation, InputSeverity.Error, "Selected operation does not exist", "TrustHubGenOperations selects '{0}', but {1} has no operation with that operationId; {2}"),
            new InputRule(InputDiagnosticIds.OpenApiUnknownPath, InputSeverity.Error, "Selected path does not exist", "TrustHubGenPaths selects '{0}', but {1} has no such path (paths are case-sensitive and start with '/')."),
            new InputRule(InputDiagnosticIds.OpenApiDocumentCollision, InputSeverity.Error, "Two OpenAPI documents generate the same type", "{0} would generate '{1}', which {2} already generates; nothing is generated from {0}. Remove one of the two AdditionalFiles or select disjoint operations."),
            new InputRule(InputDiagnosticIds.PolicyCollision, InputSeverity.Error, "Two policy definitions collide", "{0} defines a policy with {1}, which {2} already defines; {0} is left out of PolicyCatalog. Each policy needs its own SID and name."),
            new InputRule(InputDiagnosticIds.SidTypeCollision, InputSeverity.Error, "One SID type name has two prefixes", "{0} names SIDs with prefix '{1}' '{2}', but that type already has prefix '{3}'. Name one of them differently with TrustHubGenSidNames (e.g. '{1}=Other{2}')."),
            new InputRule(InputDiagnosticIds.OperationNotGenerated, InputSeverity.Warning, "Operation is not generated", "Operation '{0}' ({1} {2}) in {3} is not generated: neither it, another operation on its path, nor its collection path returns a schema from components/schemas."),
            new InputRule(InputDiagnosticIds.InvalidSidNames, InputSeverity.Error, "TrustHubGenSidNames is invalid", "TrustHubGenSidNames entry '{0}' for {1} must be PREFIX=TypeName with a two-letter prefix and a name ending in 'Sid', e.g. 'PN=PhoneNumberSid'."),
            new InputRule(InputDiagnosticIds.UnknownInputKind, InputSeverity.Warning, "TrustHubGenKind is not known", "TrustHubGenKind '{0}' on {1} is not known; use 'OpenApi', 'Policy' or 'Snapshot'. The file is ignored."),
            new InputRule(InputDiagnosticIds.InvalidNamespace, InputSeverity.Error, "TrustHubGenNamespace is not a valid namespace", "TrustHubGenNamespace '{0}' is not a valid C# namespace (dotted identifiers such as 'Contoso.Twilio'); the SDK is generated in '{1}'."),
            new InputRule(InputDiagnosticIds.InvalidAccessibility, InputSeverity.Error, "TrustHubGenAccessibility is not public or internal", "TrustHubGenAccessibility '{0}' is not 'public' or 'internal'; the generated types are '{1}'."),
            new InputRule(InputDiagnosticIds.OpenApiTooManyOperations, InputSeverity.Error, "OpenAPI document selects too many operations", "{0} selects {1} operations; TrustHubGen generates at most {2} from one document (TrustHubGenMaxOperations), because each adds about 4 KB of C# that every build compiles. Select the operations you call with TrustHubGenOperations or TrustHubGenPaths on this AdditionalFiles item, or raise TrustHubGenMaxOperations. Nothing is generated from it."),
            new InputRule(InputDiagnosticIds.InvalidMaxOperations, InputSeverity.Error, "TrustHubGenMaxOperations is not a whole number", "TrustHubGenMaxOperations '{0}' is not a whole number of operations greater than 0; the limit stays {1}."),
            new InputRule(InputDiagnosticIds.PrecompiledSdkMismatch, InputSeverity.Error, "Precompiled SDK does not match this project's inputs", "This project references the package's precompiled SDK ({0}.dll, namespace {1}), built from the package's default inputs, but this project's {2} make different code. Set <TrustHubGenPrecompiledSdk>false</TrustHubGenPrecompiledSdk> to generate the whole SDK in this project."),
            new InputRule(InputDiagnosticIds.ReferencedSdkConflict, InputSeverity.Error, "A reference generated the same SDK types", "The reference {0} generated the TrustHubGen SDK itself, as public types in {1}, the namespace of this project's SDK: each of those types this project names is ambiguous (CS0433). In {0}, set TrustHubGenNamespace to a namespace of its own or TrustHubGenAccessibility to internal; or set TrustHubGenNamespace here to use {0}'s types alone."),
            new InputRule(InputDiagnosticIds.LanguageVersionTooLow, InputSeverity.Error, "C# version too low for the generated code", "This project compiles C# {0} (LangVersion), but the TrustHubGen code it generates ({1}) needs C# {2} or later ({3}); it is not generated. Remove LangVersion (net8.0's default is C# 12) or set it to {2} or later."),
            new InputRule(InputDiagnosticIds.ReferencedAccountHandlesConflict, InputSeverity.Error, "A reference has its own TrustHubAccount handles", "The reference {0} has public TrustHubAccount handles, from its own account snapshot, in {1}, the namespace of this project's; this project's snapshot {2} would generate a second TrustHubAccount there, and each use of either would be CS0436, so none is generated here. Keep one snapshot (TrustHubGenSnapshot=false in one project; {0}'s handles are then used here), or in {0} set TrustHubGenAccessibility to internal or a TrustHubGenNamespace of its own."),
            new InputRule(InputDiagnosticIds.ReferencedPolicyDiffers, InputSeverity.Error, "A reference declares the same policy with other content", "The reference {0} declares policy {1} publicly in {4} (PolicyCatalogEntries.{3}), generated from its policy file, and this project's policy file with that SID (PolicyCatalogEntries.{2}) has other content; a second copy would be CS0436 on every use, so this project's is not generated and {0}'s is used. Keep one file: remove the policy file from this project (or include {0}'s as a link) or make the two the same; or in {0} set TrustHubGenAccessibility to internal or a TrustHubGenNamespace of its own."),
            new InputRule(InputDiagnosticIds.GeneratorFailure, InputSeverity.Error, "TrustHubGen failed on an input", "TrustHubGen failed on {0} ({1}: {2}). Please report this with the file."),
            new InputRule(InputDiagnosticIds.UnsupportedTargetFramework, InputSeverity.Error, "Target framework is not supported", "TrustHubGen supports net8.0 and later target frameworks (net8.0, net9.0, net10.0): the generated SDK calls TrustHubGen.Runtime, which targets net8.0. This project targets {0}; change TargetFramework, or add net8.0 to TargetFrameworks and use TrustHubGen there only."),
            new InputRule(InputDiagnosticIds.PolicyEmptyFile, InputSeverity.Error, "Policy file is empty", "The policy file is empty; it must hold one JSON object describing a policy (see specs/policies/README.md)."),
            new InputRule(InputDiagnosticIds.PolicyMalformedJson, InputSeverity.Error, "Policy file is not valid JSON", "Not valid JSON: {0}"),
            new InputRule(InputDiagnosticIds.PolicyWrongType, InputSeverity.Error, "Policy value has the wrong JSON type", "{0} must be {1}, not {2}."),
            new InputRule(InputDiagnosticIds.PolicyMissingProperty, InputSeverity.Error, "Policy property is missing", "{0} is missing the required property \"{1}\"."),
            new InputRule(InputDiagnosticIds.PolicyUnknownProperty, InputSeverity.Warning, "Policy property is not known", "Unknown property {0} in {1} is ignored; the known properties are {2}."),
            new InputRule(InputDiagnosticIds.PolicyInvalidSid, InputSeverity.Error, "Policy SID is malformed", "\"{0}\" in {1} is {2}, which is not a policy SID: it must be \"RN\" followed by 32 hex digits (34 characters, e.g. RNf3db3cd1fe25fcfd3c3ded065c8fea53); this one has {3} characters."),
            new InputRule(InputDiagnosticIds.PolicyUnknownBundleKind, InputSeverity.Error, "Policy kind is not a bundle kind", "\"kind\" is {0}, which is not a bundle kind; use \"trust-product\" or \"customer-profile\"."),
            new InputRule(InputDiagnosticIds.PolicyValueNotAllowed, InputSeverity.Error, "Policy value is not one the field accepts", "\"{0}\" in {1} is {2}; it must be {3}."),
            new InputRule(InputDiagnosticIds.PolicyInvalidRange, InputSeverity.Error, "Policy max is less than min", "\"max\" in {0} is {1}, less than \"min\" ({2}); max must be at least min."),
            new InputRule(InputDiagnosticIds.PolicyInvalidPattern, InputSeverity.Error, "Policy pattern is not a valid regular expression", "\"pattern\" in {0} is not a valid .NET regular expression: {1}"),
            new InputRule(InputDiagnosticIds.PolicyDuplicateProperty, InputSeverity.Error, "Policy property appears twice", "Property {0} appears twice in {1}; keep one (the first is used)."),
            new InputRule(InputDiagnosticIds.PolicyDuplicateEntry, InputSeverity.Error, "Policy list repeats an entry", "{0} repeats {1}; list each once."),
            new InputRule(InputDiagnosticIds.PolicyInvalidNumber, InputSeverity.Error, "Policy number is out of range", "\"{0}\" in {1} is {2}; it must be a whole number from {3} to {4}."),
            new InputRule(InputDiagnosticIds.PolicyNestingTooDeep, InputSeverity.Error, "Policy file nests too deep", "The JSON nests deeper than {0} levels; a policy file needs at most 5. Flatten the structure."),
            new InputRule(InputDiagnosticIds.PolicyInvalidName, InputSeverity.Error, "Policy name is not an identifier", "\"name\" is {0}; it names generated types, so it must start with an upper-case letter and hold only ASCII letters and digits (e.g. \"Cnam\", \"ShakenStir\")."),
            new InputRule(InputDiagnosticIds.PolicyEmptyValue, InputSeverity.Error, "Policy value is empty", "{0} is empty; give it a value or remove it."),
            new InputRule(InputDiagnosticIds.PolicyTooManyProblems, InputSeverity.Warning, "Policy file has too many problems", "This file has more than {0} problems; the rest are not reported. Fix the ones above and build again."),
            new InputRule(InputDiagnosticIds.PolicyUndocumentedChannelEndpointType, InputSeverity.Warning, "Channel endpoint type is not documented", "\"type\" in {0} is {1}; \"phone-number\" is the only documented ChannelEndpointType, and Twilio rejects others at run time."),
            new InputRule(InputDiagnosticIds.PolicyContradictoryRules, InputSeverity.Error, "Numbers must be on a profile the policy does not take", "channelEndpoints.mustBeOnBusinessProfile is true, but the policy does not require a Business Profile; add \"businessProfile\" with \"required\": true, or set mustBeOnBusinessProfile to false."),
            new InputRule(InputDiagnosticIds.PolicyValueTooLong, InputSeverity.Error, "Policy value is too long", "{0} has {1} characters; the format allows at most {2} (specs/policies/README.md, \"Limits\")."),
            new InputRule(InputDiagnosticIds.PolicyControlCharacter, InputSeverity.Error, "Policy value holds a control character", "{0} holds the control character U+{1} at character {2}; remove it (only \"description\" and \"source\" may hold tabs and line breaks)."),
            new InputRule(InputDiagnosticIds.PolicyGeneratedNameCollision, InputSeverity.Error, "Two policy names make one generated name", "{0} is {1}, which makes the generated name {2}, as {3} does; make the two differ in more than punctuation and case."),
            new InputRule(InputDiagnosticIds.PolicyReservedName, InputSeverity.Error, "Policy name is reserved", "\"name\" is {0}, which PolicyCatalog already uses for {1}; choose another name."),
            new InputRule(InputDiagnosticIds.PolicyTooLargeForGeneratedCode, InputSeverity.Error, "Policy is too large for generated code", "The policy's strings hold {0} characters in all, more than the {1} generated code carries; the largest list is {2} ({3} characters). Shorten it."),
            new InputRule(InputDiagnosticIds.SnapshotEmptyFile, InputSeverity.Error, "Account snapshot is empty", "The snapshot file is empty; it must hold one JSON object written by `trusthub sync` (see docs/snapshot.md)."),
            new InputRule(InputDiagnosticIds.SnapshotMalformedJson, InputSeverity.Error, "Account snapshot is not valid JSON", "Not valid JSON: {0}"),
            new InputRule(InputDiagnosticIds.SnapshotWrongType, InputSeverity.Error, "Account snapshot value has the wrong type", "{0} must be {1}, not {2}."),
            new InputRule(InputDiagnosticIds.SnapshotMissingProperty, InputSeverity.Error, "Account snapshot property is missing", "{0} is missing the required property \"{1}\"."),
            new InputRule(InputDiagnosticIds.SnapshotUnknownProperty, InputSeverity.Warning, "Account snapshot property is not known", "Unknown property {0} in {1} is ignored; the known properties are {2}."),
            new InputRule(InputDiagnosticIds.SnapshotUnsupportedVersion, InputSeverity.Error, "Account snapshot version is not supported", "\"version\" is {0}; this TrustHubGen reads snapshot version {1}. Capture the snapshot again with this version's `trusthub sync`, or update TrustHubGen."),
            new InputRule(InputDiagnosticIds.SnapshotInvalidSid, InputSeverity.Error, "Account snapshot SID is invalid", "{0} is {1}, not {2}: {3}"),
            new InputRule(InputDiagnosticIds.SnapshotInvalidValue, InputSeverity.Error, "Account snapshot value is invalid", "{0} is {1}; write {2}."),
            new InputRule(InputDiagnosticIds.SnapshotDuplicateProperty, InputSeverity.Error, "Account snapshot property appears twice", "Property {0} appears twice in {1}; keep one (the first is used)."),
            new InputRule(InputDiagnosticIds.SnapshotDuplicateEntry, InputSeverity.Error, "Account snapshot entry appears twice", "{0} lists {1} twice; {2}"),
            new InputRule(InputDiagnosticIds.SnapshotUnknownNumber, InputSeverity.Error, "Account snapshot lists a number it does not hold", "The {0} {1} lists the number {2}, which is not in the snapshot's \"numbers\"; add it there or capture the snapshot again."),
            new InputRule(InputDiagnosticIds.SnapshotNestingTooDeep, InputSeverity.Error, "Account snapshot nests too deep", "The JSON nests deeper than {0} levels; a snapshot needs 3. Capture it again with `trusthub sync`."),
            new InputRule(InputDiagnosticIds.SnapshotTooManyProblems, InputSeverity.Warning, "Account snapshot has too many problems", "This file has more than {0} problems; the rest are not reported. Capture it again with `trusthub sync` rather than fixing it by hand."),
            new InputRule(InputDiagnosticIds.SnapshotStale, InputSeverity.Warning, "Account snapshot is stale", "The account snapshot was captured on {0}, {1} days ago, more than TrustHubGenSnapshotMaxAgeDays ({2}); the account may have changed since. Run `trusthub sync` to capture it again, or raise TrustHubGenSnapshotMaxAgeDays."),
            new InputRule(InputDiagnosticIds.SnapshotInconsistentNumber, InputSeverity.Warning, "Account snapshot number type or country contradicts the number", "\"{0}\" in {1} is \"{2}\", but {3}; write \"{4}\"."),
            new InputRule(InputDiagnosticIds.SnapshotInvalidSetting, InputSeverity.Warning, "Account snapshot setting is invalid", "{0} '{1}' is not {2}; {3}"),
            new InputRule(InputDiagnosticIds.SnapshotMoreThanOne, InputSeverity.Error, "More than one account snapshot", "This project marks more than one account snapshot (TrustHubGenKind=Snapshot); only {0} is used. Remove the metadata from this file, or keep one snapshot per project."),
            new InputRule(InputDiagnosticIds.SnapshotHandlesNotGenerated, InputSeverity.Info, "Account snapshot too large for per-item handles", "{0} has {1}, more than TrustHubGenSnapshotHandleLimit ({2}), so {3} {4} no member per item (each costs the compiler time on every build: see docs/snapshot.md). TH1004 and TH1010 still check every SID against the snapshot. Name an item by its SID ({5}.Parse(\"…\")), or raise TrustHubGenSnapshotHandleLimit to generate the handles."),
            new InputRule(InputDiagnosticIds.SnapshotFileMissing, InputSeverity.Error, "Account snapshot file is missing", "TrustHubGenSnapshot names '{0}', which does not exist. Run `trusthub sync` to write it, or remove the TrustHubGenSnapshot property."),
        };

        // After All: static fields initialise in text order.
        private static readonly Dictionary<string, InputRule> ById = Index();

        /// <summary>The rule with <paramref name="id"/>, or <see langword="null"/>.</summary>
        /// <param name="id">An ID such as <c>TH0102</c>.</param>
        public static InputRule? Find(string id) => ById.TryGetValue(id, out InputRule? rule) ? rule : null;

        /// <summary>The help link of an input diagnostic: its section of <c>docs/rules/inputs.md</c> (the one place such links are built).</summary>
        /// <param name="id">An ID such as <c>TH0102</c>.</param>
        public static string HelpLink(string id) => HelpPage + "#" + id.ToLowerInvariant();

        private static Dictionary<string, InputRule> Index()
        {
            var index = new Dictionary<string, InputRule>(StringComparer.Ordinal);
            foreach (InputRule rule in All)
            {
                index[rule.Id] = rule;
            }

            return index;
        }
    }
}
