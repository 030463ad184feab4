namespace TrustHubGen.Policies.Tests;

public class BuiltInPoliciesTests
{
    private const string CnamSid = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    private const string ShakenStirSid = "RN7a97559effdf62d00f4298208492a5ea";
    private const string PrimarySid = "RN6433641899984f951173ef1738c3bdd0";
    private const string SecondarySid = "RNdfbf3fae0e1107f8aded0e7cead80bf5";
    private const string VoiceIntegritySid = "RN5b3660f9598883b1df4e77f77acefba0";

    [Fact]
    public void Every_embedded_file_reads_without_any_diagnostic()
    {
        Assert.Equal(5, BuiltInPolicies.ResourceNames.Count);
        Assert.Empty(BuiltInPolicies.Diagnostics);
        Assert.Equal(5, BuiltInPolicies.All.Count);
    }

    [Fact]
    public void Every_file_in_specs_policies_reads_without_any_diagnostic()
    {
        string[] files = Directory.GetFiles(TestPaths.PoliciesDir, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, files.Length);
        foreach (string file in files)
        {
            PolicyReadResult result = PolicyReader.Read(file, File.ReadAllText(file));
            Assert.Empty(result.Diagnostics);
            Assert.NotNull(result.Policy);
            Assert.Equal(result.Policy, BuiltInPolicies.Find(result.Policy!.Sid));
        }
    }

    [Theory]
    [InlineData(CnamSid, "Cnam", BundleKind.TrustProduct, "high")]
    [InlineData(ShakenStirSid, "ShakenStir", BundleKind.TrustProduct, "high")]
    [InlineData(PrimarySid, "PrimaryBusinessProfile", BundleKind.CustomerProfile, "medium")]
    [InlineData(SecondarySid, "SecondaryBusinessProfile", BundleKind.CustomerProfile, "high")]
    [InlineData(VoiceIntegritySid, "VoiceIntegrity", BundleKind.TrustProduct, "medium")]
    public void Shipped_policies_carry_the_reference_sid_kind_and_confidence(string sid, string name, BundleKind kind, string confidence)
    {
        PolicyDefinition? policy = BuiltInPolicies.Find(sid);
        Assert.NotNull(policy);
        Assert.Equal(name, policy!.Name);
        Assert.Equal(kind, policy.Kind);
        Assert.Equal(confidence, policy.Confidence);
        Assert.False(string.IsNullOrWhiteSpace(policy.Source));
        Assert.Equal(new[] { "draft", "pending-review" }, policy.Submission.ClientSettableStatuses);
    }

    [Fact]
    public void Trust_products_accept_only_the_primary_and_secondary_profiles_never_the_starter()
    {
        foreach (PolicyDefinition policy in BuiltInPolicies.All.Where(p => p.Kind == BundleKind.TrustProduct))
        {
            Assert.Equal(new[] { PrimarySid, SecondarySid }, policy.BusinessProfile!.AcceptedPolicySids);
            Assert.DoesNotContain("RN806dd6cd175f314e1f96a9727ee271f4", policy.BusinessProfile.AcceptedPolicySids);
            Assert.True(policy.ChannelEndpoints!.MustBeOnBusinessProfile);
        }
    }

    [Fact]
    public void Find_answers_null_for_an_unknown_or_miscased_sid()
    {
        Assert.Null(BuiltInPolicies.Find("RN00000000000000000000000000000000"));
        Assert.Null(BuiltInPolicies.Find(CnamSid.ToUpperInvariant()));
        Assert.Null(BuiltInPolicies.Find(""));
    }

    [Fact]
    public void Cnam_takes_exactly_one_cnam_information_end_user_with_the_documented_display_name_rule()
    {
        PolicyDefinition cnam = BuiltInPolicies.Find(CnamSid)!;
        EndUserRule endUser = Assert.Single(cnam.EndUsers);
        Assert.Equal(("cnam_information", 1, 1), (endUser.Type, endUser.Min, endUser.Max));
        AttributeRule name = Assert.Single(endUser.Attributes);
        Assert.Equal("cnam_display_name", name.Name);
        Assert.True(name.Required);
        Assert.Equal(15, name.MaxLength);
        Assert.Contains("Texas", name.DisallowedValues);
        Assert.Contains("Chicago", name.DisallowedValues);
        Assert.Empty(cnam.SupportingDocuments);
    }

    [Fact]
    public void Cnam_takes_only_us_non_toll_free_numbers_already_on_the_profile()
    {
        ChannelEndpointRule rule = BuiltInPolicies.Find(CnamSid)!.ChannelEndpoints!;
        Assert.Equal("phone-number", rule.Type);
        Assert.True(rule.MustBeOnBusinessProfile);
        Assert.Equal(new[] { "US" }, rule.AllowedCountries);
        Assert.False(rule.TollFreeAllowed);
    }

    [Fact]
    public void Cnam_needs_an_approved_primary_or_secondary_profile_with_ein_or_duns()
    {
        BusinessProfileRule profile = BuiltInPolicies.Find(CnamSid)!.BusinessProfile!;
        Assert.True(profile.Required);
        Assert.Equal("twilio-approved", profile.RequiredStatus);
        Assert.Equal(new[] { PrimarySid, SecondarySid }, profile.AcceptedPolicySids);
        Assert.Equal(new[] { "EIN", "DUNS" }, profile.RequiredRegistrationIdentifiers);
    }

    [Fact]
    public void Shaken_stir_takes_no_end_user_and_numbers_on_the_profile_before_or_after_submission()
    {
        PolicyDefinition shaken = BuiltInPolicies.Find(ShakenStirSid)!;
        Assert.Empty(shaken.EndUsers);
        Assert.True(shaken.BusinessProfile!.Required);
        ChannelEndpointRule rule = shaken.ChannelEndpoints!;
        Assert.Equal("phone-number", rule.Type);
        Assert.True(rule.MustBeOnBusinessProfile);
        Assert.True(rule.AllowedAfterSubmission);
    }

    [Fact]
    public void Primary_profile_needs_business_information_and_a_representative()
    {
        PolicyDefinition primary = BuiltInPolicies.Find(PrimarySid)!;
        Assert.Null(primary.BusinessProfile);
        EndUserRule business = primary.EndUsers.Single(e => e.Type == "customer_profile_business_information");
        Assert.Equal(1, business.Min);
        AttributeRule identity = business.Attributes.Single(a => a.Name == "business_identity");
        Assert.Equal(new[] { "direct_customer", "isv_reseller_or_partner", "unknown" }, identity.AllowedValues);
        Assert.Equal(
            new[] { "business_name", "business_type", "business_registration_identifier", "business_registration_number", "business_identity", "business_industry", "business_regions_of_operation", "website_url", "social_media_profile_urls" },
            business.Attributes.Select(a => a.Name));
        EndUserRule representative = primary.EndUsers.Single(e => e.Type == "authorized_representative_1");
        Assert.Equal((1, 1), (representative.Min, representative.Max));
        Assert.Equal(new[] { "first_name", "last_name", "email", "phone_number", "business_title", "job_position" }, representative.Attributes.Select(a => a.Name));
        Assert.Equal(0, primary.EndUsers.Single(e => e.Type == "authorized_representative_2").Min);
        Assert.Contains(primary.SupportingDocuments, d => d.Type == "customer_profile_address" && d.Min == 1);
    }

    [Fact]
    public void Secondary_profile_hangs_off_an_approved_primary_profile()
    {
        BusinessProfileRule profile = BuiltInPolicies.Find(SecondarySid)!.BusinessProfile!;
        Assert.Equal(new[] { PrimarySid }, profile.AcceptedPolicySids);
        Assert.Equal("twilio-approved", profile.RequiredStatus);
    }

    [Fact]
    public void Voice_integrity_takes_one_voice_integrity_information_end_user()
    {
        PolicyDefinition vi = BuiltInPolicies.Find(VoiceIntegritySid)!;
        EndUserRule endUser = Assert.Single(vi.EndUsers);
        Assert.Equal("voice_integrity_information", endUser.Type);
        Assert.Equal(new[] { "EIN", "DUNS" }, vi.BusinessProfile!.RequiredRegistrationIdentifiers);
        Assert.True(vi.ChannelEndpoints!.MustBeOnBusinessProfile);
        Assert.Equal(
            new[] { "use_case", "business_employee_count", "average_business_day_call_volume", "notes" },
            endUser.Attributes.Select(a => a.Name));
    }

    [Fact]
    public void All_is_ordered_by_sid_and_sids_and_names_are_unique()
    {
        Assert.Equal(BuiltInPolicies.All.Count, BuiltInPolicies.All.Select(p => p.Sid).Distinct().Count());
        Assert.Equal(BuiltInPolicies.All.Select(p => p.Sid).OrderBy(s => s, StringComparer.Ordinal), BuiltInPolicies.All.Select(p => p.Sid));
        Assert.Equal(BuiltInPolicies.All.Count, BuiltInPolicies.All.Select(p => p.Name).Distinct().Count());
    }
}
