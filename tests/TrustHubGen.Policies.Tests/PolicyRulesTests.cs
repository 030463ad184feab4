namespace TrustHubGen.Policies.Tests;

public class PolicyRulesTests
{
    private static readonly AttributeRule DisplayName =
        BuiltInPolicies.Find("RNf3db3cd1fe25fcfd3c3ded065c8fea53")!.EndUsers[0].Attributes[0];

    [Theory]
    [InlineData("Acme Plumbing")]
    [InlineData("ABCDEFGHIJKLMNO")]
    [InlineData("Dr. Smith, DDS")]
    [InlineData("Acme 24")]
    [InlineData("Chicago Pizza")]
    [InlineData("Texas Roadhouse")]
    [InlineData("a")]
    public void Good_display_names_pass(string name)
    {
        Assert.Null(PolicyRules.CheckAttribute(DisplayName, name));
    }

    [Fact]
    public void Sixteen_characters_is_one_too_many()
    {
        string? message = PolicyRules.CheckAttribute(DisplayName, "ABCDEFGHIJKLMNOP");
        Assert.Equal(
            "cnam_display_name \"ABCDEFGHIJKLMNOP\" has 16 characters; at most 15 are allowed. cnam_display_name: " + DisplayName.Description!.TrimEnd('.') + ".",
            message);
    }

    [Theory]
    [InlineData("1800Flowers")]
    [InlineData(" Acme")]
    [InlineData(".Acme")]
    [InlineData("Café Owl")]
    [InlineData("Émile Owl")]
    public void A_name_not_of_the_required_form_is_rejected(string name)
    {
        string? message = PolicyRules.CheckAttribute(DisplayName, name);
        Assert.Equal("cnam_display_name \"" + name + "\" does not have the required form: begins with a letter and holds only letters, digits, periods, commas and spaces, all ASCII (no accents: Cafe, not Café).", message);
    }

    [Theory]
    [InlineData("Acme & Sons")]
    [InlineData("Acme-Plumbing")]
    [InlineData("Acme!")]
    [InlineData("Café")]
    [InlineData("Acme\tCo")]
    [InlineData("Acme\n")]
    public void Characters_other_than_letters_digits_periods_commas_and_spaces_are_rejected(string name)
    {
        Assert.Contains("does not have the required form", PolicyRules.CheckAttribute(DisplayName, name), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Chicago")]
    [InlineData("Texas")]
    [InlineData("texas")]
    [InlineData("Chicago, IL")]
    [InlineData("CHICAGO IL.")]
    [InlineData("St Louis")]
    [InlineData("New  York")]
    [InlineData("Washington DC")]
    public void Generic_city_and_state_names_are_rejected(string name)
    {
        string? message = PolicyRules.CheckAttribute(DisplayName, name);
        Assert.NotNull(message);
        Assert.StartsWith("cnam_display_name \"" + name + "\" is rejected by the policy as a generic value", message, StringComparison.Ordinal);
        Assert.Contains("not a generic city or state name", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "missing")]
    [InlineData("", "empty")]
    public void A_required_attribute_must_be_present(string? value, string word)
    {
        Assert.StartsWith("cnam_display_name is required but " + word + ".", PolicyRules.CheckAttribute(DisplayName, value), StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_attribute_may_be_absent()
    {
        var rule = new AttributeRule("notes", false, 10, null, null, default, default, null);
        Assert.Null(PolicyRules.CheckAttribute(rule, null));
        Assert.Null(PolicyRules.CheckAttribute(rule, ""));
        Assert.Equal("notes \"01234567890\" has 11 characters; at most 10 are allowed.", PolicyRules.CheckAttribute(rule, "01234567890"));
    }

    [Fact]
    public void Allowed_values_are_compared_exactly()
    {
        AttributeRule identity = BuiltInPolicies.Find("RN6433641899984f951173ef1738c3bdd0")!.EndUsers
            .Single(e => e.Type == "customer_profile_business_information").Attributes.Single(a => a.Name == "business_identity");

        Assert.Null(PolicyRules.CheckAttribute(identity, "isv_reseller_or_partner"));
        string? message = PolicyRules.CheckAttribute(identity, "Direct_Customer");
        Assert.Equal(
            "business_identity \"Direct_Customer\" is not an accepted value; use one of \"direct_customer\", \"isv_reseller_or_partner\", \"unknown\" (exact spelling).",
            message);
    }

    [Fact]
    public void Length_counts_code_points_not_utf16_units()
    {
        var rule = new AttributeRule("label", true, 2, null, null, default, default, null);
        Assert.Null(PolicyRules.CheckAttribute(rule, "😀😀"));
        Assert.NotNull(PolicyRules.CheckAttribute(rule, "😀😀😀"));
    }

    [Fact]
    public void An_unanchored_pattern_must_still_match_the_whole_value()
    {
        var rule = new AttributeRule("code", true, null, "[0-9]+", "digits only", default, default, null);
        Assert.Null(PolicyRules.CheckAttribute(rule, "123"));
        Assert.NotNull(PolicyRules.CheckAttribute(rule, "a123"));
        Assert.NotNull(PolicyRules.CheckAttribute(rule, "123\n"));
    }

    [Fact]
    public void A_pattern_without_description_quotes_the_pattern()
    {
        var rule = new AttributeRule("code", true, null, "^[0-9]+$", null, default, default, null);
        Assert.Equal("code \"12a\" does not have the required form: it must match ^[0-9]+$.", PolicyRules.CheckAttribute(rule, "12a"));
    }

    [Fact]
    public void A_broken_pattern_built_in_code_is_reported_not_thrown()
    {
        var rule = new AttributeRule("code", true, null, "([0-9]", "digits", default, default, null);
        Assert.Contains("not a valid regular expression", PolicyRules.CheckAttribute(rule, "1"), StringComparison.Ordinal);
        var unbalanced = rule with { Pattern = "a)(b" };
        Assert.Contains("not a valid regular expression", PolicyRules.CheckAttribute(unbalanced, "ab"), StringComparison.Ordinal);
    }

    [Fact]
    public void Representative_phone_and_email_patterns_work()
    {
        EndUserRule representative = BuiltInPolicies.Find("RN6433641899984f951173ef1738c3bdd0")!.EndUsers.Single(e => e.Type == "authorized_representative_1");
        AttributeRule phone = representative.Attributes.Single(a => a.Name == "phone_number");
        AttributeRule email = representative.Attributes.Single(a => a.Name == "email");

        Assert.Null(PolicyRules.CheckAttribute(phone, "+12125551234"));
        Assert.NotNull(PolicyRules.CheckAttribute(phone, "212-555-1234"));
        Assert.Null(PolicyRules.CheckAttribute(email, "ana@example.com"));
        Assert.NotNull(PolicyRules.CheckAttribute(email, "ana at example"));
    }

    [Fact]
    public void A_pattern_that_backtracks_exponentially_is_reported_not_hung()
    {
        // (a|aa)+ against "aaa…ab" takes exponential time on the backtracking engine: the match timeout ends it with a
        // message naming the pattern, instead of hanging the build or the server that checks the value.
        var rule = new AttributeRule("code", true, null, "^(a|aa)+$", "only a", default, default, null);
        string? problem = PolicyRules.CheckAttribute(rule, new string('a', 40) + "b");
        Assert.Equal("code \"" + new string('a', 40) + "b\" could not be checked against the pattern ^(a|aa)+$ (matching took too long).", problem);
        Assert.Null(PolicyRules.CheckAttribute(rule, new string('a', 40)));
    }
}
