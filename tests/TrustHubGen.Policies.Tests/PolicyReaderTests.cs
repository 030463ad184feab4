namespace TrustHubGen.Policies.Tests;

public class PolicyReaderTests
{
    private const string Path = "policies/sample.json";

    [Fact]
    public void The_sample_reads_into_the_expected_policy()
    {
        PolicyReadResult result = PolicyReader.Read(Path, PolicyText.Valid);

        Assert.Empty(result.Diagnostics);
        var expected = new PolicyDefinition(
            "RNf3db3cd1fe25fcfd3c3ded065c8fea53",
            "Sample",
            "Sample trust product",
            BundleKind.TrustProduct,
            "high",
            "tests",
            new BusinessProfileRule(true, EquatableArray<string>.Empty, "twilio-approved", EquatableArray<string>.Empty),
            EquatableArray.Create(new EndUserRule("cnam_information", 1, 1, EquatableArray.Create(
                new AttributeRule("cnam_display_name", true, 15, "^[A-Za-z]", "begins with a letter", default, default, null)))),
            EquatableArray.Create(new SupportingDocumentRule("doc", 0, 2)),
            new ChannelEndpointRule("phone-number", true, EquatableArray.Create("US"), false, false),
            new SubmissionRule(EquatableArray.Create("pending-review"), true));
        Assert.Equal(expected, result.Policy);
    }

    [Fact]
    public void Two_reads_of_the_same_text_are_value_equal_with_equal_hash_codes()
    {
        string text = File.ReadAllText(System.IO.Path.Combine(TestPaths.PoliciesDir, "primary-business-profile.json"));
        PolicyReadResult first = PolicyReader.Read(Path, text);
        PolicyReadResult second = PolicyReader.Read(Path, new string(text.ToCharArray()));

        Assert.NotSame(first.Policy, second.Policy);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first.Policy, PolicyReader.Read(Path, text.Replace("\"job_position\"", "\"job_title\"", StringComparison.Ordinal)).Policy);
    }

    [Fact]
    public void Optional_sections_may_be_absent_or_null()
    {
        string text = """
            {
              "sid": "RN7a97559effdf62d00f4298208492a5ea", "name": "Minimal", "friendlyName": "Minimal", "kind": "customer-profile",
              "confidence": "medium", "source": "tests", "businessProfile": null, "endUsers": null,
              "submission": { "clientSettableStatuses": [], "evaluateBeforeSubmit": false }
            }
            """;
        PolicyReadResult result = PolicyReader.Read(Path, text);

        Assert.Empty(result.Diagnostics);
        PolicyDefinition policy = result.Policy!;
        Assert.Equal(BundleKind.CustomerProfile, policy.Kind);
        Assert.Null(policy.BusinessProfile);
        Assert.Null(policy.ChannelEndpoints);
        Assert.Empty(policy.EndUsers);
        Assert.Empty(policy.SupportingDocuments);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        string text = "\uFEFF" + PolicyText.Valid.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(PolicyReader.Read(Path, PolicyText.Valid), PolicyReader.Read(Path, text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n ")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_TH0101_at_the_start(string text)
    {
        AssertSingle(PolicyReader.Read(Path, text), "TH0101", 0, 0, "empty");
    }

    [Fact]
    public void A_null_text_is_an_empty_file_not_an_exception()
    {
        AssertSingle(PolicyReader.Read(Path, null!), "TH0101", 0, 0, "empty");
    }

    [Fact]
    public void Truncated_json_points_at_the_end_and_names_the_unclosed_object()
    {
        string text = "{\n  \"sid\": \"RNf3db3cd1fe25fcfd3c3ded065c8fea53\",\n  \"endUsers\": [\n";
        InputDiagnostic d = AssertSingle(PolicyReader.Read(Path, text), "TH0102", 3, 0, "array opened at line 3, column 15");
        Assert.Contains("']' is missing", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_cut_off_by_the_end_of_file_names_where_it_started()
    {
        AssertSingle(PolicyReader.Read(Path, "{\n  \"sid\": \"RNf3db"), "TH0102", 1, 16, "string that starts at line 2, column 10");
    }

    [Fact]
    public void Trailing_text_after_the_document_is_TH0102_at_that_text()
    {
        AssertSingle(PolicyReader.Read(Path, PolicyText.Valid + "\n  x"), "TH0102", 17, 2, "after the end of the JSON document");
    }

    [Theory]
    [InlineData("{ \"a\": 1, }", 0, 10, "trailing comma")]
    [InlineData("{ \"a\" 1 }", 0, 6, "':' is expected")]
    [InlineData("{ 'a': 1 }", 0, 2, "property name in double quotes")]
    [InlineData("{ \"a\": tru }", 0, 7, "'tru'")]
    [InlineData("{ \"a\": 01 }", 0, 8, "Invalid number")]
    [InlineData("{ \"a\": \"x\\q\" }", 0, 9, "Invalid escape")]
    [InlineData("{ \"a\": \"line\nbreak\" }", 0, 12, "control character U+000A")]
    [InlineData("{ \"a\": [1 2] }", 0, 10, "',' or ']'")]
    [InlineData("// comment\n{}", 0, 0, "'/'")]
    public void Syntax_errors_are_TH0102_at_the_offending_character(string text, int line, int column, string fragment)
    {
        AssertSingle(PolicyReader.Read(Path, text), "TH0102", line, column, fragment);
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_TH0103()
    {
        AssertSingle(PolicyReader.Read(Path, "\n  [1, 2]"), "TH0103", 1, 2, "one JSON object, not an array");
    }

    [Fact]
    public void A_count_given_as_a_string_is_TH0103_at_the_value()
    {
        string text = PolicyText.Replace(9, "\"min\": 1", "\"min\": \"1\"");
        AssertSingle(PolicyReader.Read(Path, text), "TH0103", 9, PolicyText.Lines[9].IndexOf("\"min\"", StringComparison.Ordinal) + 7, "\"min\" in endUsers[0] must be a whole number, not a string");
    }

    [Fact]
    public void A_boolean_given_as_a_string_is_TH0103()
    {
        string text = PolicyText.Replace(15, "true", "\"true\"");
        AssertSingle(PolicyReader.Read(Path, text), "TH0103", 15, 88, "\"evaluateBeforeSubmit\" in submission must be true or false, not a string");
    }

    [Fact]
    public void A_non_string_in_a_string_list_is_TH0103_at_the_item()
    {
        string text = PolicyText.Replace(14, "[\"US\"]", "[\"US\", 1]");
        int column = PolicyText.Lines[14].IndexOf("[\"US\"]", StringComparison.Ordinal) + 7;
        AssertSingle(PolicyReader.Read(Path, text), "TH0103", 14, column, "\"allowedCountries\"[1] in channelEndpoints must be a string, not a number");
    }

    [Fact]
    public void An_unknown_bundle_kind_is_TH0107_at_the_value()
    {
        string text = PolicyText.Replace(4, "trust-product", "trust_product");
        AssertSingle(PolicyReader.Read(Path, text), "TH0107", 4, 10, "\"trust_product\", which is not a bundle kind; use \"trust-product\" or \"customer-profile\"");
    }

    [Theory]
    [InlineData("RNf3db3cd1fe25fcfd3c3ded065c8fea5", "33 characters")]
    [InlineData("RNf3db3cd1fe25fcfd3c3ded065c8fea5z", "not a policy SID")]
    [InlineData("BUf3db3cd1fe25fcfd3c3ded065c8fea53", "not a policy SID")]
    [InlineData("YOUR_POLICY_SID", "15 characters")]
    [InlineData("RNf3db3cd1fe25fcfd3c3ded065c8fea53\\n", "35 characters")]
    public void A_bad_sid_is_TH0106_at_the_value(string sid, string fragment)
    {
        string text = PolicyText.Replace(1, "RNf3db3cd1fe25fcfd3c3ded065c8fea53", sid);
        AssertSingle(PolicyReader.Read(Path, text), "TH0106", 1, 9, fragment);
    }

    [Fact]
    public void A_bad_accepted_profile_sid_is_TH0106_at_the_item()
    {
        string text = PolicyText.Replace(7, "[]", "[\"RN123\"]");
        int column = PolicyText.Lines[7].IndexOf("[]", StringComparison.Ordinal) + 1;
        AssertSingle(PolicyReader.Read(Path, text), "TH0106", 7, column, "\"acceptedPolicySids\" in businessProfile is \"RN123\"");
    }

    [Fact]
    public void A_missing_required_property_is_TH0104_at_the_opening_brace()
    {
        string text = PolicyText.WithLine(2, "");
        AssertSingle(PolicyReader.Read(Path, text), "TH0104", 0, 0, "the policy is missing the required property \"name\"");
    }

    [Fact]
    public void A_missing_nested_property_names_its_path()
    {
        string text = PolicyText.Replace(10, "\"required\": true, ", "");
        AssertSingle(PolicyReader.Read(Path, text), "TH0104", 10, 6, "endUsers[0].attributes[0] is missing the required property \"required\"");
    }

    [Fact]
    public void A_pattern_without_its_description_is_TH0104()
    {
        string text = PolicyText.Replace(10, ", \"patternDescription\": \"begins with a letter\"", "");
        AssertSingle(PolicyReader.Read(Path, text), "TH0104", 10, 6, "\"patternDescription\"");
    }

    [Fact]
    public void Max_less_than_min_is_TH0109_at_max()
    {
        string text = PolicyText.Replace(13, "\"max\": 2", "\"max\": 0").Replace("\"min\": 0", "\"min\": 1", StringComparison.Ordinal);
        int column = PolicyText.Lines[13].IndexOf("\"max\"", StringComparison.Ordinal) + 7;
        AssertSingle(PolicyReader.Read(Path, text), "TH0109", 13, column, "\"max\" in supportingDocuments[0] is 0, less than \"min\" (1)");
    }

    [Theory]
    [InlineData("-1", "from 0 to 1000000")]
    [InlineData("1.5", "whole number")]
    [InlineData("1e9", "from 0 to 1000000")]
    public void A_count_out_of_range_or_fractional_is_TH0113(string value, string fragment)
    {
        string text = PolicyText.Replace(9, "\"min\": 1", "\"min\": " + value);
        AssertSingle(PolicyReader.Read(Path, text), "TH0113", 9, PolicyText.Lines[9].IndexOf("\"min\"", StringComparison.Ordinal) + 7, fragment);
    }

    [Fact]
    public void A_zero_max_length_is_TH0113()
    {
        string text = PolicyText.Replace(10, "\"maxLength\": 15", "\"maxLength\": 0");
        AssertSingle(PolicyReader.Read(Path, text), "TH0113", 10, PolicyText.Lines[10].IndexOf("15", StringComparison.Ordinal), "from 1 to");
    }

    [Fact]
    public void An_invalid_regex_is_TH0110_at_the_pattern()
    {
        string text = PolicyText.Replace(10, "^[A-Za-z]", "^[A-Za-z");
        AssertSingle(PolicyReader.Read(Path, text), "TH0110", 10, PolicyText.Lines[10].IndexOf("\"^[", StringComparison.Ordinal), "not a valid .NET regular expression");
    }

    [Fact]
    public void An_unknown_property_is_a_TH0105_warning_and_keeps_the_policy()
    {
        string text = PolicyText.Replace(13, "\"max\": 2 }", "\"max\": 2, \"maximum\": 3 }");
        PolicyReadResult result = PolicyReader.Read(Path, text);

        InputDiagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("TH0105", InputSeverity.Warning, 13), (d.Id, d.Severity, d.Line));
        Assert.Equal(PolicyText.Lines[13].IndexOf("\"max\": 2", StringComparison.Ordinal) + 10, d.Column);
        Assert.Contains("\"maximum\" in supportingDocuments[0]", d.Message, StringComparison.Ordinal);
        Assert.Contains("type, min, max", d.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Policy);
    }

    [Fact]
    public void A_duplicate_property_is_TH0111_at_the_second_name()
    {
        string text = PolicyText.WithLine(2, "  \"name\": \"Sample\", \"name\": \"Other\",");
        AssertSingle(PolicyReader.Read(Path, text), "TH0111", 2, 20, "Property \"name\" appears twice in the policy");
    }

    [Fact]
    public void A_repeated_end_user_type_is_TH0112()
    {
        string[] lines = PolicyText.Lines.ToArray();
        lines[11] = "    ] }, { \"type\": \"cnam_information\", \"min\": 0, \"max\": 1 }";
        AssertSingle(PolicyReader.Read(Path, string.Join("\n", lines)), "TH0112", 11, 19, "endUsers[1] repeats type \"cnam_information\"");
    }

    [Fact]
    public void A_repeated_value_in_a_list_is_TH0112_at_the_repeat()
    {
        string text = PolicyText.Replace(14, "[\"US\"]", "[\"US\", \"US\"]");
        int column = PolicyText.Lines[14].IndexOf("[\"US\"]", StringComparison.Ordinal) + 7;
        AssertSingle(PolicyReader.Read(Path, text), "TH0112", 14, column, "repeats \"US\"");
    }

    [Theory]
    [InlineData(5, "high", "certain", "TH0108", "\"confidence\" in the policy is \"certain\"; it must be one of \"high\", \"medium\"")]
    [InlineData(7, "twilio-approved", "approved", "TH0108", "\"requiredStatus\" in businessProfile is \"approved\"")]
    [InlineData(15, "pending-review", "twilio-approved", "TH0108", "Twilio sets the other statuses")]
    [InlineData(14, "\"US\"", "\"usa\"", "TH0108", "ISO 3166 alpha-2")]
    [InlineData(2, "Sample", "sample policy", "TH0115", "must start with an upper-case letter")]
    [InlineData(3, "Sample trust product", " ", "TH0116", "\"friendlyName\" in the policy is empty")]
    public void Values_outside_their_domain_are_reported_at_the_value(int line, string oldValue, string newValue, string id, string fragment)
    {
        string text = PolicyText.Replace(line, oldValue, newValue);
        int column = PolicyText.Lines[line].IndexOf(oldValue, StringComparison.Ordinal) - (oldValue.StartsWith('"') ? 0 : 1);
        AssertSingle(PolicyReader.Read(Path, text), id, line, column, fragment);
    }

    [Fact]
    public void An_undocumented_channel_endpoint_type_is_a_TH0118_warning()
    {
        string text = PolicyText.Replace(14, "\"phone-number\"", "\"phone_number\"");
        PolicyReadResult result = PolicyReader.Read(Path, text);

        InputDiagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("TH0118", InputSeverity.Warning, 14, 32), (d.Id, d.Severity, d.Line, d.Column));
        Assert.Contains("\"phone_number\"; \"phone-number\" is the only documented ChannelEndpointType", d.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Policy);
    }

    [Fact]
    public void Numbers_that_must_be_on_a_profile_the_policy_does_not_take_are_TH0119()
    {
        string text = PolicyText.WithLine(7, "");
        int column = PolicyText.Lines[14].IndexOf("true", StringComparison.Ordinal);
        AssertSingle(PolicyReader.Read(Path, text), "TH0119", 14, column, "does not require a Business Profile");
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        string text = PolicyText.Replace(4, "trust-product", "bundle").Replace("\"high\"", "\"low\"", StringComparison.Ordinal);
        PolicyReadResult result = PolicyReader.Read(Path, text);

        Assert.Null(result.Policy);
        Assert.Equal(new[] { "TH0107", "TH0108" }, result.Diagnostics.Select(d => d.Id));
        Assert.All(result.Diagnostics, d => Assert.Equal(Path, d.Path));
    }

    [Fact]
    public void Deeply_nested_arrays_stop_at_64_levels_with_TH0114()
    {
        string text = "{ \"endUsers\": " + new string('[', 100000) + new string(']', 100000) + " }";
        AssertSingle(PolicyReader.Read(Path, text), "TH0114", 0, 14 + 63, "deeper than 64 levels");
    }

    [Fact]
    public void Nesting_just_within_the_limit_is_parsed()
    {
        // 63 arrays inside the root object make 64 levels: well-formed, then rejected only for its type.
        string text = "{ \"endUsers\": " + new string('[', 63) + new string(']', 63) + " }";
        PolicyReadResult result = PolicyReader.Read(Path, text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "TH0114" or "TH0102");
        Assert.Contains(result.Diagnostics, d => d.Id == "TH0103");
    }

    [Fact]
    public void Hundreds_of_problems_are_capped_with_TH0117()
    {
        string unknown = string.Join(", ", Enumerable.Range(0, 500).Select(i => $"\"extra{i}\": {i}"));
        string text = PolicyText.WithLine(6, "  \"source\": \"tests\", " + unknown + ",");
        PolicyReadResult result = PolicyReader.Read(Path, text);

        Assert.Equal(100, result.Diagnostics.Count);
        Assert.Equal("TH0117", result.Diagnostics[99].Id);
        Assert.NotNull(result.Policy);
    }

    private static InputDiagnostic AssertSingle(PolicyReadResult result, string id, int line, int column, string fragment)
    {
        Assert.Null(result.Policy);
        InputDiagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal((id, line, column), (d.Id, d.Line, d.Column));
        Assert.Equal(InputSeverity.Error, d.Severity);
        Assert.Equal(Path, d.Path);
        Assert.Contains(fragment, d.Message, StringComparison.Ordinal);
        return d;
    }
}
