namespace TrustHubGen.Policies
{
    /// <summary>
    /// One Trust Hub policy: what a bundle created with it must contain and which phone numbers it may take.
    /// Read from a policy-definition JSON file (see <c>specs/policies/README.md</c>).
    /// </summary>
    /// <param name="Sid">The policy SID (<c>RN</c> + 32 hex digits) sent as <c>PolicySid</c>.</param>
    /// <param name="Name">An identifier-like name used in generated code, e.g. <c>Cnam</c> or <c>PrimaryBusinessProfile</c>.</param>
    /// <param name="FriendlyName">A human-readable name, e.g. <c>CNAM trust product</c>.</param>
    /// <param name="Kind">Whether the policy governs trust products or customer profiles.</param>
    /// <param name="Confidence">How sure the facts are: <c>high</c> (documented) or <c>medium</c>.</param>
    /// <param name="Source">Where the facts come from.</param>
    /// <param name="BusinessProfile">The Business Profile the bundle must be assigned, or <see langword="null"/> when none.</param>
    /// <param name="EndUsers">The end users the bundle takes, by type; empty when it takes none.</param>
    /// <param name="SupportingDocuments">The supporting documents the bundle takes, by type.</param>
    /// <param name="ChannelEndpoints">Which channel endpoints (phone numbers) the bundle takes, or <see langword="null"/> when none.</param>
    /// <param name="Submission">How the bundle is submitted for review.</param>
    public sealed record PolicyDefinition(
        string Sid,
        string Name,
        string FriendlyName,
        BundleKind Kind,
        string Confidence,
        string Source,
        BusinessProfileRule? BusinessProfile,
        EquatableArray<EndUserRule> EndUsers,
        EquatableArray<SupportingDocumentRule> SupportingDocuments,
        ChannelEndpointRule? ChannelEndpoints,
        SubmissionRule Submission);

    /// <summary>The Business Profile (customer profile) a bundle must be assigned through an EntityAssignment.</summary>
    /// <param name="Required">Whether the bundle must carry one.</param>
    /// <param name="AcceptedPolicySids">The customer-profile policies the assigned profile may have been created with; empty means any.</param>
    /// <param name="RequiredStatus">The status the profile must have when assigned, e.g. <c>twilio-approved</c>.</param>
    /// <param name="RequiredRegistrationIdentifiers">Registration identifiers of which the profile must carry one (e.g. <c>EIN</c>, <c>DUNS</c>); empty when any.</param>
    public sealed record BusinessProfileRule(
        bool Required,
        EquatableArray<string> AcceptedPolicySids,
        string RequiredStatus,
        EquatableArray<string> RequiredRegistrationIdentifiers);

    /// <summary>An end-user type the bundle takes, how many of them, and the rules for their attributes.</summary>
    /// <param name="Type">The end-user type sent as <c>Type</c>, e.g. <c>cnam_information</c>.</param>
    /// <param name="Min">The least number of end users of this type the bundle needs.</param>
    /// <param name="Max">The most end users of this type the bundle takes.</param>
    /// <param name="Attributes">The rules for the keys of the end user's <c>Attributes</c> JSON.</param>
    public sealed record EndUserRule(string Type, int Min, int Max, EquatableArray<AttributeRule> Attributes);

    /// <summary>The rule for one end-user attribute.</summary>
    /// <param name="Name">The attribute key, e.g. <c>cnam_display_name</c>.</param>
    /// <param name="Required">Whether the attribute must be present and non-empty.</param>
    /// <param name="MaxLength">The most characters allowed, or <see langword="null"/> when unlimited.</param>
    /// <param name="Pattern">A .NET regular expression the whole value must match, or <see langword="null"/>.</param>
    /// <param name="PatternDescription">The pattern in words, for messages; set whenever <paramref name="Pattern"/> is.</param>
    /// <param name="AllowedValues">The only values accepted (compared ordinally); empty means any.</param>
    /// <param name="DisallowedValues">Values rejected (compared ignoring case, spacing, periods and commas), e.g. generic city or state names.</param>
    /// <param name="Description">What the attribute means, or <see langword="null"/>.</param>
    public sealed record AttributeRule(
        string Name,
        bool Required,
        int? MaxLength,
        string? Pattern,
        string? PatternDescription,
        EquatableArray<string> AllowedValues,
        EquatableArray<string> DisallowedValues,
        string? Description);

    /// <summary>A supporting-document type the bundle takes, and how many.</summary>
    /// <param name="Type">The supporting-document type, e.g. <c>customer_profile_address</c>.</param>
    /// <param name="Min">The least number of documents of this type the bundle needs.</param>
    /// <param name="Max">The most documents of this type the bundle takes.</param>
    public sealed record SupportingDocumentRule(string Type, int Min, int Max);

    /// <summary>Which channel endpoints a bundle takes through ChannelEndpointAssignments.</summary>
    /// <param name="Type">The <c>ChannelEndpointType</c>; <c>phone-number</c> is the only documented value.</param>
    /// <param name="MustBeOnBusinessProfile">Whether a number must already be assigned to the bundle's Business Profile.</param>
    /// <param name="AllowedCountries">ISO 3166 alpha-2 codes of the countries whose numbers are accepted; empty means any.</param>
    /// <param name="TollFreeAllowed">Whether NANP toll-free numbers (+1 800/833/844/855/866/877/888) are accepted.</param>
    /// <param name="AllowedAfterSubmission">Whether numbers may still be assigned once the bundle is submitted or approved.</param>
    public sealed record ChannelEndpointRule(
        string Type,
        bool MustBeOnBusinessProfile,
        EquatableArray<string> AllowedCountries,
        bool TollFreeAllowed,
        bool AllowedAfterSubmission)
    {
        /// <summary>The only documented <c>ChannelEndpointType</c>, a phone number's; what a policy's rule is checked against.</summary>
        public const string PhoneNumberType = "phone-number";
    }

    /// <summary>How a bundle is submitted for review.</summary>
    /// <param name="ClientSettableStatuses">The statuses a client may set, e.g. <c>draft</c> and <c>pending-review</c>.</param>
    /// <param name="EvaluateBeforeSubmit">Whether a pipeline runs an Evaluation before setting <c>pending-review</c>.</param>
    public sealed record SubmissionRule(EquatableArray<string> ClientSettableStatuses, bool EvaluateBeforeSubmit);
}
