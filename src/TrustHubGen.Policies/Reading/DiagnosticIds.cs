namespace TrustHubGen.Policies
{
    /// <summary>The IDs of the diagnostics the policy reader reports (range TH0101–TH0199; see <c>specs/policies/README.md</c>).</summary>
    public static class PolicyDiagnosticIds
    {
        /// <summary>The file is empty or holds only whitespace.</summary>
        public const string EmptyFile = "TH0101";

        /// <summary>The file is not well-formed JSON (truncated, trailing text, bad token).</summary>
        public const string MalformedJson = "TH0102";

        /// <summary>A value has the wrong JSON type.</summary>
        public const string WrongType = "TH0103";

        /// <summary>A required property is missing.</summary>
        public const string MissingProperty = "TH0104";

        /// <summary>A property is not part of the format (a warning: it is ignored).</summary>
        public const string UnknownProperty = "TH0105";

        /// <summary>A policy SID does not match <c>^RN[0-9a-fA-F]{32}$</c>.</summary>
        public const string InvalidPolicySid = "TH0106";

        /// <summary>The bundle kind is not <c>trust-product</c> or <c>customer-profile</c>.</summary>
        public const string UnknownBundleKind = "TH0107";

        /// <summary>A value is not one of the values the field accepts.</summary>
        public const string ValueNotAllowed = "TH0108";

        /// <summary>A count or length range is invalid (negative, or max less than min).</summary>
        public const string InvalidRange = "TH0109";

        /// <summary>A pattern is not a valid .NET regular expression.</summary>
        public const string InvalidPattern = "TH0110";

        /// <summary>An object names the same property twice.</summary>
        public const string DuplicateProperty = "TH0111";

        /// <summary>A list names the same entry twice (end-user type, attribute, document type, value).</summary>
        public const string DuplicateEntry = "TH0112";

        /// <summary>A number is not a whole number in the allowed range.</summary>
        public const string InvalidNumber = "TH0113";

        /// <summary>The JSON nests deeper than the reader accepts.</summary>
        public const string NestingTooDeep = "TH0114";

        /// <summary>The policy name is not a C# identifier starting with an upper-case letter.</summary>
        public const string InvalidName = "TH0115";

        /// <summary>A string that must have content is empty.</summary>
        public const string EmptyValue = "TH0116";

        /// <summary>The file has so many problems that the rest are not reported.</summary>
        public const string TooManyProblems = "TH0117";

        /// <summary>A channel-endpoint type other than <c>phone-number</c>, the only documented one (a warning).</summary>
        public const string UndocumentedChannelEndpointType = "TH0118";

        /// <summary>Numbers must be on the Business Profile, but the policy takes no Business Profile.</summary>
        public const string ContradictoryRules = "TH0119";
    }
}
