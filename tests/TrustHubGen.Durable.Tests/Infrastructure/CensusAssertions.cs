namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>One of everything per customer: no duplicate bundle, end user, document, address or assignment, no number missing.</summary>
internal static class CensusAssertions
{
    public static void OneOfEverything(CustomerCensus customer, int numbers, bool withProducts)
    {
        var who = customer.AccountSid;
        Assert.True(customer.Bundles.Count(b => b.Policy == PolicySids.SecondaryProfile) == 1, $"{who}: {customer.Bundles.Count(b => b.Policy == PolicySids.SecondaryProfile)} Secondary profiles");
        Assert.True(customer.Addresses == 1, $"{who}: {customer.Addresses} addresses");
        Assert.True(customer.SupportingDocuments == 1, $"{who}: {customer.SupportingDocuments} supporting documents");
        foreach (var bundle in customer.Bundles)
        {
            Assert.True(bundle.Objects.Distinct().Count() == bundle.Objects.Count, $"{who}: bundle {bundle.Sid} has an object assigned twice");
            Assert.True(bundle.Numbers.Distinct().Count() == bundle.Numbers.Count, $"{who}: bundle {bundle.Sid} has a number assigned twice");
        }
        var expectedEndUsers = withProducts
            ? new[] { "authorized_representative_1", "cnam_information", "customer_profile_business_information" }
            : new[] { "authorized_representative_1", "customer_profile_business_information" };
        Assert.True(expectedEndUsers.SequenceEqual(customer.EndUserTypes.Order(StringComparer.Ordinal)), $"{who}: end users {string.Join(", ", customer.EndUserTypes)}");
        var products = customer.Bundles.Where(b => b.Policy is PolicySids.Cnam or PolicySids.ShakenStir).ToList();
        if (!withProducts)
        {
            Assert.True(products.Count == 0, $"{who}: {products.Count} products on a rejected profile");
            return;
        }
        Assert.True(products.Count(b => b.Policy == PolicySids.Cnam) == 1 && products.Count(b => b.Policy == PolicySids.ShakenStir) == 1, $"{who}: products {string.Join(", ", products.Select(p => p.Policy))}");
        var profile = customer.Bundles.Single(b => b.Policy == PolicySids.SecondaryProfile);
        Assert.True(profile.Numbers.Count == numbers, $"{who}: {profile.Numbers.Count} numbers on the profile");
        Assert.All(products, p =>
        {
            Assert.True(p.Numbers.Order().SequenceEqual(customer.NumberSids.Keys.Order()), $"{who}: product {p.Sid} carries {p.Numbers.Count} of {numbers} numbers");
            Assert.Contains(profile.Sid, p.Objects);
        });
    }
}
