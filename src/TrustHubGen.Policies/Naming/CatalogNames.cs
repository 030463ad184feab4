using System;

namespace TrustHubGen.Policies.Naming
{
    /// <summary>
    /// The names generated code gives a policy's parts: <c>PolicyCatalog</c>'s nested classes for end-user types and
    /// attributes, and the names the catalog reserves. The generator names its classes with these functions and the
    /// policy reader checks names with them, so a name that cannot work is reported at its token in the policy file
    /// (TH0122, TH0123), never as a compiler error inside generated code.
    /// </summary>
    /// <remarks>
    /// End-user types and attribute names are Twilio's wire names, which a policy file cannot rename, so one that would
    /// clash with a member the catalog already declares (<c>EndUsers.Types</c>, an end user's <c>Type</c>/<c>Min</c>/
    /// <c>Max</c>, an attribute's own constants, or the class around it: CS0102/CS0542) takes a suffix instead.
    /// The policy's own <c>name</c> is ours to choose, so a reserved one is refused (TH0123).
    /// </remarks>
    internal static class CatalogNames
    {
        /// <summary>
        /// Names a policy class cannot have: the catalog's own members (<c>AllSids</c>), the catalog itself, and the members
        /// every policy class declares (a nested class may not share its name with a member: CS0542). Kept equal to what
        /// <c>PolicyCatalogEmitter</c> writes by a generator test.
        /// </summary>
        public static readonly string[] ReservedPolicyNames =
        {
            "PolicyCatalog", "AllSids", "SidValue", "Sid", "Name", "FriendlyName", "IsTrustProduct", "BusinessProfile", "EndUsers",
            "SupportingDocumentTypes", "ChannelEndpoints", "Submission", "Definition", "OnboardingPolicy",
        };

        private static readonly string[] EndUsersMembers = { "EndUsers", "Types" };

        private static readonly string[] AttributeClashes = { "Type", "Min", "Max", "Name", "Required", "MaxLength", "Pattern", "AllowedValues", "DisallowedValues" };

        /// <summary>The class in <c>EndUsers</c> for an end-user type: <c>cnam_information</c> → <c>CnamInformation</c>.</summary>
        public static string EndUserClass(string endUserType)
        {
            string name = IdentifierNames.Pascal(endUserType);
            return Array.IndexOf(EndUsersMembers, name) >= 0 ? name + "EndUser" : name;
        }

        /// <summary>The class in an end user's class for one of its attributes: <c>cnam_display_name</c> → <c>CnamDisplayName</c>.</summary>
        public static string AttributeClass(string endUserType, string attributeName)
        {
            string name = IdentifierNames.Pascal(attributeName);
            return Array.IndexOf(AttributeClashes, name) >= 0 || name == EndUserClass(endUserType) ? name + "Attribute" : name;
        }
    }
}
