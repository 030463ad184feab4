namespace TrustHubGen.Analyzers.Model;

/// <summary>The resources of Twilio's C# library the rules know, named as the library names them (without "Resource").</summary>
internal enum TwilioResource
{
    TrustProducts,
    CustomerProfiles,
    EndUser,
    TrustProductsChannelEndpointAssignment,
    CustomerProfilesChannelEndpointAssignment,
    TrustProductsEntityAssignments,
    CustomerProfilesEntityAssignments,
    TrustProductsEvaluations,
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
