using TrustHubGen.Generator.Naming;

namespace TrustHubGen.Generator.Emit;

/// <summary>
/// The names of <c>PolicyCatalog</c>'s nested classes for end-user types and attributes. Those come from Twilio's wire
/// names, which a policy file cannot rename, so a name that would clash with a member the catalog already declares
/// (<c>EndUsers.Types</c>, an end user's <c>Type</c>/<c>Min</c>/<c>Max</c>, an attribute's own constants, or the class
/// around it: CS0102/CS0542) takes a suffix instead of breaking the build (specs/policies/README.md, "Generated names").
/// </summary>
internal static class CatalogNames
{
    private static readonly string[] EndUsersMembers = { "EndUsers", "Types" };

    private static readonly string[] AttributeClashes = { "Type", "Min", "Max", "Name", "Required", "MaxLength", "Pattern", "AllowedValues", "DisallowedValues" };

    /// <summary>The class in <c>EndUsers</c> for an end-user type: <c>cnam_information</c> → <c>CnamInformation</c>.</summary>
    public static string EndUserClass(string endUserType)
    {
        var name = Names.Pascal(endUserType);
        return System.Array.IndexOf(EndUsersMembers, name) >= 0 ? name + "EndUser" : name;
    }

    /// <summary>The class in an end user's class for one of its attributes: <c>cnam_display_name</c> → <c>CnamDisplayName</c>.</summary>
    public static string AttributeClass(string endUserType, string attributeName)
    {
        var name = Names.Pascal(attributeName);
        return System.Array.IndexOf(AttributeClashes, name) >= 0 || name == EndUserClass(endUserType) ? name + "Attribute" : name;
    }
}
