namespace TrustHubGen.Runtime.Tests;

public class SidFormatTests
{
    [Fact]
    public void A_well_formed_sid_passes()
    {
        Assert.Null(SidFormat.Check("BU0123456789abcdefABCDEF0123456789", "BU", "CustomerProfileSid"));
        Assert.Equal("PN0123456789abcdef0123456789abcdef", SidFormat.Validate("PN0123456789abcdef0123456789abcdef", "PN", "PhoneNumberSid"));
    }

    [Fact]
    public void Wrong_length_names_the_type_the_expected_shape_and_the_length()
    {
        var message = SidFormat.Check("BU0123", "BU", "CustomerProfileSid");
        Assert.Equal("CustomerProfileSid must be 34 characters (\"BU\" followed by 32 hex digits), but \"BU0123\" has 6.", message);
    }

    [Fact]
    public void Wrong_prefix_names_the_expected_and_the_actual_prefix()
    {
        var message = SidFormat.Check("PN0123456789abcdef0123456789abcdef", "BU", "CustomerProfileSid");
        Assert.Equal("CustomerProfileSid must start with \"BU\", but \"PN0123456789abcdef0123456789abcdef\" starts with \"PN\".", message);
    }

    [Fact]
    public void Non_hex_digit_names_the_character_and_its_position()
    {
        var message = SidFormat.Check("PN0123456789abcdef0123456789abcdeg", "PN", "PhoneNumberSid");
        Assert.Equal("PhoneNumberSid must end with 32 hex digits, but \"PN0123456789abcdef0123456789abcdeg\" has 'g' at position 33.", message);
    }

    [Fact]
    public void Digits_where_the_prefix_letters_go_are_reported()
    {
        var message = SidFormat.Check("120123456789abcdef0123456789abcdef", null, "TwilioSid");
        Assert.Equal("TwilioSid must start with two letters, but \"120123456789abcdef0123456789abcdef\" starts with \"12\".", message);
    }

    [Theory]
    [InlineData("YOUR_PHONE_NUMBER_SID")]
    [InlineData("<customer-profile-sid>")]
    [InlineData("{{TRUST_PRODUCT_SID}}")]
    [InlineData("PNXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]
    public void Placeholders_copied_from_docs_are_called_placeholders(string placeholder)
    {
        var message = SidFormat.Check(placeholder, "PN", "PhoneNumberSid");
        Assert.Equal($"PhoneNumberSid must be a real SID (\"PN\" followed by 32 hex digits), but \"{placeholder}\" looks like a placeholder; replace it with the SID from the Twilio Console or API.", message);
    }

    [Fact]
    public void Null_empty_and_padded_values_get_their_own_messages()
    {
        Assert.Equal("EndUserSid cannot be null.", SidFormat.Check(null, "IT", "EndUserSid"));
        Assert.Equal("EndUserSid cannot be empty; expected \"IT\" followed by 32 hex digits.", SidFormat.Check("", "IT", "EndUserSid"));
        Assert.Equal("EndUserSid must not have leading or trailing whitespace, but \" IT0123456789abcdef0123456789abcdef\" has; trim it.",
            SidFormat.Check(" IT0123456789abcdef0123456789abcdef", "IT", "EndUserSid"));
    }

    [Theory]
    [InlineData("BU0123456789abcdef0123456789abcdef\u200B", "the invisible character U+200B at position 34")]
    [InlineData("\uFEFFBU0123456789abcdef0123456789abcdef", "the invisible character U+FEFF at position 0")]
    [InlineData("BU0123456789abcdef01234\u00AD56789abcdef", "the invisible character U+00AD at position 23")]
    [InlineData("BU0123456789 abcdef0123456789abcdef", "a space at position 12")]
    public void A_character_that_cannot_be_seen_is_named_by_its_code_and_position(string value, string what)
    {
        var message = SidFormat.Check(value, "BU", "CustomerProfileSid");
        Assert.StartsWith($"CustomerProfileSid must be \"BU\" followed by 32 hex digits, but \"{value}\" has {what}", message);
        Assert.EndsWith("; remove it.", message);
    }

    [Theory]
    [InlineData("\u0412U0123456789abcdef0123456789abcdef", "'\u0412' (U+0412) at position 0")]
    [InlineData("BU0123456789abcdef0123456789abcde\uFF11", "'\uFF11' (U+FF11) at position 33")]
    public void A_character_that_only_looks_like_ascii_is_named_by_its_code_and_position(string value, string what)
    {
        var message = SidFormat.Check(value, "BU", "CustomerProfileSid");
        Assert.Equal($"CustomerProfileSid must be \"BU\" followed by 32 hex digits in ASCII, but \"{value}\" has {what}, which only looks like an ASCII one; type it again.", message);
    }

    [Fact]
    public void Values_too_long_or_short_for_a_stray_character_to_explain_keep_the_length_message()
    {
        Assert.Equal("CustomerProfileSid must be 34 characters (\"BU\" followed by 32 hex digits), but \"Acme Widgets\" has 12.",
            SidFormat.Check("Acme Widgets", "BU", "CustomerProfileSid"));
    }

    [Fact]
    public void Validate_throws_a_format_exception_with_the_check_message()
    {
        var error = Assert.Throws<FormatException>(() => SidFormat.Validate("BU12", "BU", "TrustProductSid"));
        Assert.Equal(SidFormat.Check("BU12", "BU", "TrustProductSid"), error.Message);
    }

    [Fact]
    public void Long_values_are_truncated_in_messages()
    {
        var message = SidFormat.Check(new string('a', 500), null, "TwilioSid")!;
        Assert.Contains("\"" + new string('a', 45) + "...\" has 500", message);
    }

    [Fact]
    public void TwilioSid_accepts_any_prefix_and_rejects_bad_input_without_throwing_from_TryParse()
    {
        Assert.Equal("RN", TwilioSid.Parse("RN7a97559effdf62d00f4298208492a5ea").Prefix);
        Assert.False(TwilioSid.TryParse("YOUR_SID", out var sid));
        Assert.Equal(default, sid);
        Assert.Throws<InvalidOperationException>(() => default(TwilioSid).Value);
    }
}
