using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.Wire;

/// <summary>
/// Every error code the emulator answers with. Twilio's documented codes keep their numbers; where Twilio documents
/// none, the emulator uses its own in 990001–990099 (six digits, so they can never collide with Twilio's five-digit codes).
/// docs/emulator.md lists the same table.
/// </summary>
internal static class ErrorCodes
{
    // Twilio's own.
    public const int MissingParameter = 20001;
    public const int AuthenticationFailed = 20003;
    public const int NotFound = 20404;
    public const int MethodNotAllowed = 20004;
    public const int TooManyRequests = 20429;
    public const int InternalError = 20500;
    public const int ServiceUnavailable = 20503;
    public const int InvalidObjectSid = 22205;
    public const int BundleNotEditable = 60711;

    // Evaluation result codes (Twilio's; they appear inside evaluation results and bundle errors).
    public const int EndUserMissing = 22214;
    public const int EndUserFieldMissing = 22215;
    public const int DocumentMissing = 22216;
    public const int AddressMissing = 22219;

    // The emulator's own, for cases Twilio documents no code for.
    public const int NumberNotOnBusinessProfile = 990001;
    public const int DuplicateAssignment = 990002;
    public const int WrongPolicy = 990003;
    public const int EndUserNotAccepted = 990004;
    public const int AttributeInvalid = 990005;
    public const int ChannelEndpointNotAllowed = 990006;
    public const int BusinessProfileNotApproved = 990007;
    public const int StatusNotClientSettable = 990008;
    public const int ChannelEndpointTypeInvalid = 990009;
    public const int UnknownPolicy = 990010;
    public const int InvalidParameter = 990011;
    public const int ChannelEndpointNotFound = 990012;
    public const int BusinessProfileMissing = 990013;
    public const int StillAssigned = 990014;
    public const int BusinessProfileAlreadyAssigned = 990015;
    public const int RegistrationIdentifierMissing = 990016;
    public const int AddressNotFound = 990017;
    public const int UnreadableBody = 990018;
    public const int RequestTooLarge = 990019;
    public const int NotUnderReview = 990020;

    /// <summary>One line per code: what it means. Served at <c>/emulator/errors/{code}</c> (each error's <c>more_info</c>).</summary>
    public static readonly IReadOnlyDictionary<int, string> Descriptions = new Dictionary<int, string>
    {
        [MissingParameter] = "A required parameter is missing from the request (Twilio).",
        [AuthenticationFailed] = "HTTP Basic credentials are missing or wrong (Twilio).",
        [MethodNotAllowed] = "The path exists but not for this HTTP method (Twilio).",
        [NotFound] = "No such resource for these credentials; other accounts' SIDs are not found either (Twilio).",
        [TooManyRequests] = "Too many requests or too many concurrent requests; never processed, safe to retry after Retry-After (Twilio).",
        [InternalError] = "Unexpected emulator failure (Twilio's generic 500 code).",
        [ServiceUnavailable] = "Service unavailable: an injected fault (Twilio).",
        [InvalidObjectSid] = "ObjectSid is malformed, unknown, of a kind a bundle cannot hold, or from another account (Twilio).",
        [BundleNotEditable] = "The bundle is pending review, in review or approved and cannot be edited (Twilio).",
        [EndUserMissing] = "Evaluation: a required end user is missing from the bundle (Twilio).",
        [EndUserFieldMissing] = "Evaluation: an end user lacks a required attribute (Twilio).",
        [DocumentMissing] = "Evaluation: a required supporting document is missing (Twilio).",
        [AddressMissing] = "Evaluation: a customer_profile_address document names no existing Address in address_sids (Twilio).",
        [NumberNotOnBusinessProfile] = "The phone number is not assigned to the Business Profile of this trust product; assign it to the profile first.",
        [DuplicateAssignment] = "The same object or channel endpoint is already assigned to this bundle.",
        [WrongPolicy] = "The policy does not fit: a Customer Profile policy used for a Trust Product (or back), or a Business Profile whose policy the product does not accept.",
        [EndUserNotAccepted] = "The bundle's policy accepts no end user of this type, or no more of them.",
        [AttributeInvalid] = "An end-user attribute breaks its rule (for example a CNAM display name over 15 characters).",
        [ChannelEndpointNotAllowed] = "The phone number's country or kind is not allowed by the policy (for example a Canadian or toll-free number for CNAM).",
        [BusinessProfileNotApproved] = "The Business Profile assigned to a trust product must be twilio-approved.",
        [StatusNotClientSettable] = "Clients may set only pending-review, and draft from twilio-rejected; the other statuses are Twilio's.",
        [ChannelEndpointTypeInvalid] = $"ChannelEndpointType must be \"{ChannelEndpointRule.PhoneNumberType}\".",
        [UnknownPolicy] = "PolicySid names no policy the emulator knows.",
        [InvalidParameter] = "A parameter is malformed: a SID pattern, an enum value, a URL, JSON attributes or paging values.",
        [ChannelEndpointNotFound] = "ChannelEndpointSid names no phone number of this account or its subaccounts.",
        [BusinessProfileMissing] = "Assign the Business Profile to the trust product before its phone numbers.",
        [StillAssigned] = "The resource is still assigned to a bundle; remove the assignment first.",
        [BusinessProfileAlreadyAssigned] = "The bundle already has a Business Profile; remove it before assigning another.",
        [RegistrationIdentifierMissing] = "The Business Profile lacks a registration identifier the policy requires (EIN or DUNS for CNAM).",
        [AddressNotFound] = "A customer_profile_address document's address_sids names something that is not an Address (AD…) of the document's own account.",
        [UnreadableBody] = "The request body cannot be read: more than 1,024 form fields, a form key over 2,048 characters, a charset other than UTF-8 (or ASCII, Latin-1), a truncated or malformed multipart body, or a body that arrived too slowly.",
        [RequestTooLarge] = "The request is too large: a form value over 4 MB, or a body over 30 MB.",
        [NotUnderReview] = "A review verdict (POST /emulator/Reviews/{BundleSid}) for a bundle that is not pending review or in review.",
    };
}
