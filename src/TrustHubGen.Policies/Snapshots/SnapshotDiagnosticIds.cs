namespace TrustHubGen.Policies.Snapshots
{
    /// <summary>The IDs of the account-snapshot diagnostics (range TH0201–TH0299; see <c>docs/rules/inputs.md</c>).</summary>
    public static class SnapshotDiagnosticIds
    {
        /// <summary>The file is empty or holds only whitespace.</summary>
        public const string EmptyFile = "TH0201";

        /// <summary>The file is not well-formed JSON.</summary>
        public const string MalformedJson = "TH0202";

        /// <summary>A value has the wrong JSON type.</summary>
        public const string WrongType = "TH0203";

        /// <summary>A required property is missing.</summary>
        public const string MissingProperty = "TH0204";

        /// <summary>A property is not part of the format (a warning: it is ignored).</summary>
        public const string UnknownProperty = "TH0205";

        /// <summary>The <c>version</c> is not one this reader understands.</summary>
        public const string UnsupportedVersion = "TH0206";

        /// <summary>A SID is malformed or has the wrong prefix for its place.</summary>
        public const string InvalidSid = "TH0207";

        /// <summary>A value is not one the field accepts (phone number, type, country, date, empty text).</summary>
        public const string InvalidValue = "TH0208";

        /// <summary>An object names the same property twice.</summary>
        public const string DuplicateProperty = "TH0209";

        /// <summary>A SID, phone number or list entry appears twice.</summary>
        public const string DuplicateEntry = "TH0210";

        /// <summary>A profile or trust product lists a phone number that is not in the snapshot's numbers.</summary>
        public const string UnknownNumber = "TH0211";

        /// <summary>The JSON nests deeper than the reader accepts.</summary>
        public const string NestingTooDeep = "TH0212";

        /// <summary>The file has so many problems that the rest are not reported.</summary>
        public const string TooManyProblems = "TH0213";

        /// <summary>The snapshot is older than <c>TrustHubGenSnapshotMaxAgeDays</c> (a warning, reported by the generator).</summary>
        public const string StaleSnapshot = "TH0214";

        /// <summary>A number's type or country contradicts its E.164 form (a warning).</summary>
        public const string InconsistentNumber = "TH0215";

        /// <summary>The snapshot settings are invalid (e.g. <c>TrustHubGenSnapshotMaxAgeDays</c> is not a whole number), reported by the generator.</summary>
        public const string InvalidSetting = "TH0216";

        /// <summary>More than one snapshot file is marked for the project (an error, reported by the generator).</summary>
        public const string MoreThanOneSnapshot = "TH0217";

        /// <summary>The file <c>TrustHubGenSnapshot</c> names does not exist (an error, reported by MSBuild before compiling).</summary>
        public const string SnapshotFileMissing = "TH0218";

        /// <summary>A kind of the snapshot has more items than <c>TrustHubGenSnapshotHandleLimit</c>, so it gets no generated handles (info, reported by the generator).</summary>
        public const string HandlesNotGenerated = "TH0219";
    }
}
