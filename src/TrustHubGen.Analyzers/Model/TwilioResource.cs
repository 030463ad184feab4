namespace TrustHubGen.Analyzers.Model;

/// <summary>
/// The Trust Hub (and IncomingPhoneNumber) resources the rules know, named as Twilio's C# library names them (without
/// "Resource"). Calls on our generated SDK map onto the same names (<see cref="GeneratedCallReader"/>), so every rule
/// reads both surfaces alike.
/// </summary>
internal enum TwilioResource
{
    TrustProducts,
    CustomerProfiles,
    EndUser,
    SupportingDocument,
    TrustProductsChannelEndpointAssignment,
    CustomerProfilesChannelEndpointAssignment,
    TrustProductsEntityAssignments,
    CustomerProfilesEntityAssignments,
    TrustProductsEvaluations,
    CustomerProfilesEvaluations,
    EndUserType,
    SupportingDocumentType,
    Policies,
    IncomingPhoneNumber,
}

/// <summary>What a call does to its resource; <c>…Async</c>, <c>…WithHeaders</c> and <c>…WithHeadersAsync</c> map to the same action.</summary>
internal enum TwilioAction
{
    Create,
    Read,
    Fetch,
    Update,
    Delete,
}

/// <summary>Which surface a call was written against, for messages (parameter names or request members).</summary>
internal enum CallSurface
{
    /// <summary>Twilio's C# library: a static resource method, an options object or its property.</summary>
    TwilioLibrary,

    /// <summary>Our generated SDK: a client method or a request object.</summary>
    GeneratedSdk,
}

/// <summary>The shape of the operation a call was read from.</summary>
internal enum CallShape
{
    /// <summary>A method that sends the request (Twilio's static method, a generated client's method).</summary>
    Send,

    /// <summary>An options or request object created with its values; sent by a <see cref="Send"/> call.</summary>
    Values,

    /// <summary>A value assigned to an options object's property after its creation.</summary>
    LaterValue,
}
