namespace TrustHubGen.Policies
{
    /// <summary>Where a phone number belongs, as far as Trust Hub rules care (CNAM: US only, not Canada).</summary>
    public enum NumberCountry
    {
        /// <summary>Not an E.164 number, or a calling code not known to <see cref="PhoneNumberFacts"/>.</summary>
        Unknown,

        /// <summary>A United States number (+1 outside the Canadian and other NANP countries' area codes, or toll-free).</summary>
        US,

        /// <summary>A Canadian number (+1 with a Canadian area code).</summary>
        CA,

        /// <summary>A number of another known country (including NANP members such as Puerto Rico or Jamaica).</summary>
        Other,
    }
}
