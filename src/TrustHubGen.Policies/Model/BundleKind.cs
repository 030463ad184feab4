namespace TrustHubGen.Policies
{
    /// <summary>Which kind of Trust Hub bundle a policy governs (both have SIDs with the <c>BU</c> prefix).</summary>
    public enum BundleKind
    {
        /// <summary>A Trust Product (<c>/v1/TrustProducts</c>), e.g. CNAM or SHAKEN/STIR.</summary>
        TrustProduct,

        /// <summary>A Customer Profile, i.e. a Business Profile (<c>/v1/CustomerProfiles</c>).</summary>
        CustomerProfile,
    }
}
