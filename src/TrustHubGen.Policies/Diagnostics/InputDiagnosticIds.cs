namespace TrustHubGen.Policies
{
    /// <summary>
    /// Every input diagnostic ID, in one place: TH0001–TH0099 OpenAPI documents and options (the generator),
    /// TH0101–TH0199 policy files (<see cref="PolicyReader"/>), TH0201–TH0299 the account snapshot
    /// (<see cref="Snapshots.AccountSnapshotReader"/>). Titles, severities and messages are in <see cref="InputRules"/>;
    /// each ID has a section in <c>docs/rules/inputs.md</c>.
    /// </summary>
    public static class InputDiagnosticIds
    {
        /// <summary>An OpenAPI document is empty.</summary>
        public const string OpenApiEmptyFile = "TH0001";

        /// <summary>An OpenAPI document is not valid JSON.</summary>
        public const string OpenApiMalformedJson = "TH0002";

        /// <summary>An OpenAPI document is larger than the generator reads.</summary>
        public const string OpenApiTooLarge = "TH0003";

        /// <summary>The document is not OpenAPI 3.0.x or 3.1.x.</summary>
        public const string OpenApiUnsupportedVersion = "TH0004";

        /// <summary>A $ref points at no schema, outside the document, or only at other $refs in a cycle.</summary>
        public const string OpenApiUnresolvedReference = "TH0005";

        /// <summary>The document's structure is invalid.</summary>
        public const string OpenApiInvalidDocument = "TH0006";

        /// <summary>A TrustHubGenOperations entry names no operation.</summary>
        public const string OpenApiUnknownOperation = "TH0007";

        /// <summary>A TrustHubGenPaths entry names no path.</summary>
        public const string OpenApiUnknownPath = "TH0008";

        /// <summary>Two documents would generate the same type.</summary>
        public const string OpenApiDocumentCollision = "TH0009";

        /// <summary>Two policy definitions share a SID or a name.</summary>
        public const string PolicyCollision = "TH0010";

        /// <summary>One SID type name would get two prefixes.</summary>
        public const string SidTypeCollision = "TH0011";

        /// <summary>A selected operation returns no JSON schema.</summary>
        public const string OperationNotGenerated = "TH0012";

        /// <summary>A TrustHubGenSidNames entry is malformed.</summary>
        public const string InvalidSidNames = "TH0013";

        /// <summary>An AdditionalFiles item has an unknown TrustHubGenKind.</summary>
        public const string UnknownInputKind = "TH0014";

        /// <summary>TrustHubGenNamespace is not a valid C# namespace.</summary>
        public const string InvalidNamespace = "TH0015";

        /// <summary>TrustHubGen (the generator or a reader) failed on an input and reported it instead of throwing.</summary>
        public const string GeneratorFailure = "TH0016";

        /// <summary>TrustHubGenAccessibility is neither public nor internal (no location; the generated types stay public).</summary>
        public const string InvalidAccessibility = "TH0017";

        /// <summary>An OpenAPI document selects more operations than TrustHubGenMaxOperations (nothing is generated from it).</summary>
        public const string OpenApiTooManyOperations = "TH0018";

        /// <summary>TrustHubGenMaxOperations is not a whole number greater than 0 (no location; the default applies).</summary>
        public const string InvalidMaxOperations = "TH0019";

        /// <summary>The project references the package's precompiled SDK, but its own inputs would generate a different one (no location; nothing spec-derived is generated).</summary>
        public const string PrecompiledSdkMismatch = "TH0020";

        /// <summary>A referenced assembly generated the SDK's public types in this project's SDK namespace itself (no location; each such type is ambiguous, CS0433).</summary>
        public const string ReferencedSdkConflict = "TH0021";

        /// <summary>The project compiles an older C# than the code it would generate needs (no location; that code is not generated).</summary>
        public const string LanguageVersionTooLow = "TH0022";

        /// <summary>A referenced assembly has public TrustHubAccount handles in this project's SDK namespace, and this project has a snapshot too (no location; its handles are not generated).</summary>
        public const string ReferencedAccountHandlesConflict = "TH0023";

        /// <summary>A referenced assembly declares a policy with this project's policy's SID publicly in its SDK namespace, with other content (no location; the reference's is used).</summary>
        public const string ReferencedPolicyDiffers = "TH0024";

        /// <summary>The consuming project targets a framework older than net8.0 (an MSBuild error of the package's targets, before compiling).</summary>
        public const string UnsupportedTargetFramework = "TH0090";

        /// <summary>The file is empty or holds only whitespace.</summary>
        public const string PolicyEmptyFile = "TH0101";

        /// <summary>The file is not well-formed JSON.</summary>
        public const string PolicyMalformedJson = "TH0102";

        /// <summary>A value has the wrong JSON type.</summary>
        public const string PolicyWrongType = "TH0103";

        /// <summary>A required property is missing.</summary>
        public const string PolicyMissingProperty = "TH0104";

        /// <summary>A property is not part of the format (it is ignored).</summary>
        public const string PolicyUnknownProperty = "TH0105";

        /// <summary>A policy SID does not match ^RN[0-9a-fA-F]{32}$.</summary>
        public const string PolicyInvalidSid = "TH0106";

        /// <summary>The bundle kind is not trust-product or customer-profile.</summary>
        public const string PolicyUnknownBundleKind = "TH0107";

        /// <summary>A value is not one of the values the field accepts.</summary>
        public const string PolicyValueNotAllowed = "TH0108";

        /// <summary>max is less than min.</summary>
        public const string PolicyInvalidRange = "TH0109";

        /// <summary>A pattern is not a valid .NET regular expression.</summary>
        public const string PolicyInvalidPattern = "TH0110";

        /// <summary>An object names the same property twice.</summary>
        public const string PolicyDuplicateProperty = "TH0111";

        /// <summary>A list names the same entry twice.</summary>
        public const string PolicyDuplicateEntry = "TH0112";

        /// <summary>A number is not a whole number in the allowed range.</summary>
        public const string PolicyInvalidNumber = "TH0113";

        /// <summary>The JSON nests deeper than the reader accepts.</summary>
        public const string PolicyNestingTooDeep = "TH0114";

        /// <summary>The policy name is not an identifier starting with an upper-case letter.</summary>
        public const string PolicyInvalidName = "TH0115";

        /// <summary>A string that must have content is empty.</summary>
        public const string PolicyEmptyValue = "TH0116";

        /// <summary>The file has so many problems that the rest are not reported.</summary>
        public const string PolicyTooManyProblems = "TH0117";

        /// <summary>A channel-endpoint type other than phone-number, the only documented one.</summary>
        public const string PolicyUndocumentedChannelEndpointType = "TH0118";

        /// <summary>Numbers must be on the Business Profile, but the policy takes no Business Profile.</summary>
        public const string PolicyContradictoryRules = "TH0119";

        /// <summary>A string is longer than its field allows (it reaches generated code).</summary>
        public const string PolicyValueTooLong = "TH0120";

        /// <summary>A string holds a control character its field cannot carry.</summary>
        public const string PolicyControlCharacter = "TH0121";

        /// <summary>Two end-user types or two attributes of one end user would name the same generated class.</summary>
        public const string PolicyGeneratedNameCollision = "TH0122";

        /// <summary>The policy name is one the generated catalog already uses.</summary>
        public const string PolicyReservedName = "TH0123";

        /// <summary>The policy's strings together are more than generated code can carry.</summary>
        public const string PolicyTooLargeForGeneratedCode = "TH0124";

        /// <summary>The file is empty or holds only whitespace.</summary>
        public const string SnapshotEmptyFile = "TH0201";

        /// <summary>The file is not well-formed JSON.</summary>
        public const string SnapshotMalformedJson = "TH0202";

        /// <summary>A value has the wrong JSON type.</summary>
        public const string SnapshotWrongType = "TH0203";

        /// <summary>A required property is missing.</summary>
        public const string SnapshotMissingProperty = "TH0204";

        /// <summary>A property is not part of the format (it is ignored).</summary>
        public const string SnapshotUnknownProperty = "TH0205";

        /// <summary>The version is not one this reader understands.</summary>
        public const string SnapshotUnsupportedVersion = "TH0206";

        /// <summary>A SID is malformed or has the wrong prefix for its place.</summary>
        public const string SnapshotInvalidSid = "TH0207";

        /// <summary>A value is not one the field accepts (phone number, type, country, date, empty text).</summary>
        public const string SnapshotInvalidValue = "TH0208";

        /// <summary>An object names the same property twice.</summary>
        public const string SnapshotDuplicateProperty = "TH0209";

        /// <summary>A SID, phone number or list entry appears twice.</summary>
        public const string SnapshotDuplicateEntry = "TH0210";

        /// <summary>A profile or trust product lists a phone number that is not in the snapshot's numbers.</summary>
        public const string SnapshotUnknownNumber = "TH0211";

        /// <summary>The JSON nests deeper than the reader accepts.</summary>
        public const string SnapshotNestingTooDeep = "TH0212";

        /// <summary>The file has so many problems that the rest are not reported.</summary>
        public const string SnapshotTooManyProblems = "TH0213";

        /// <summary>The snapshot is older than TrustHubGenSnapshotMaxAgeDays.</summary>
        public const string SnapshotStale = "TH0214";

        /// <summary>A number's type or country contradicts its E.164 form.</summary>
        public const string SnapshotInconsistentNumber = "TH0215";

        /// <summary>A snapshot setting is invalid.</summary>
        public const string SnapshotInvalidSetting = "TH0216";

        /// <summary>More than one snapshot file is marked for the project.</summary>
        public const string SnapshotMoreThanOne = "TH0217";

        /// <summary>The file TrustHubGenSnapshot names does not exist (reported by MSBuild before compiling).</summary>
        public const string SnapshotFileMissing = "TH0218";

        /// <summary>A kind of the snapshot has more items than TrustHubGenSnapshotHandleLimit, so it gets no generated handles (info).</summary>
        public const string SnapshotHandlesNotGenerated = "TH0219";
    }
}
