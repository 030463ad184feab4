namespace TrustHubGen.Verdict.Tests;

/// <summary>What every component must answer for a case.</summary>
public enum Expect
{
    Accept,
    Refuse,
}

/// <summary>A phone number offered to a trust product of a policy; <see cref="Why"/> is a fragment the refusal must hold.</summary>
public sealed record NumberCase(string Number, string Policy, Expect Expect, string Why, string Note)
{
    public override string ToString() => $"{Number} for {Policy} ({Note})";
}

/// <summary>A CNAM display name (the <c>cnam_information</c> end user's <c>cnam_display_name</c>).</summary>
public sealed record AttributeCase(string Value, Expect Expect, string Why, string Note)
{
    public override string ToString() => $"cnam_display_name \"{Value}\" ({Note})";
}

/// <summary>The user policy's <c>allowedCountries</c> as written in its file; a refused one must be refused as TH0108 by all.</summary>
public sealed record PolicyCase(string[] AllowedCountries, Expect Expect, string Note)
{
    public override string ToString() => $"allowedCountries [{string.Join(", ", AllowedCountries)}] ({Note})";
}

/// <summary>
/// The one table (issue 9): the disagreements the copies had (N11 and 0xx/1xx area codes, numbers outside +1, the
/// shortest E.164 number, country case), toll-free ranges, Canadian area codes, non-NANP numbers under a policy that
/// allows them, and malformed input. Expectations are written out here, not computed by the rules library, so the
/// library is held to the table as well.
/// </summary>
public static class VerdictTable
{
    /// <summary>A user policy (trust product) allowing Canada and the United Kingdom, no toll-free; see <see cref="Policies.UserPolicyJson"/>.</summary>
    public const string CanadaAndUk = "CanadaAndUk";

    public const string Cnam = "Cnam";

    public const string ShakenStir = "ShakenStir";

    public static IReadOnlyList<NumberCase> Numbers { get; } =
    [
        // The NANP: US local numbers, toll-free ranges, Canadian and other NANP countries' area codes.
        new("+14155550100", Cnam, Expect.Accept, "", "US, San Francisco"),
        new("+12125550100", Cnam, Expect.Accept, "", "US, New York"),
        new("+14155550100", CanadaAndUk, Expect.Refuse, "is a number from US (area code 415)", "US under a policy without US"),
        new("+18005550100", Cnam, Expect.Refuse, "toll-free number (+1 800)", "toll-free 800"),
        new("+18335550100", Cnam, Expect.Refuse, "toll-free number (+1 833)", "toll-free 833"),
        new("+18445550100", CanadaAndUk, Expect.Refuse, "toll-free number (+1 844)", "toll-free 844, policy without toll-free"),
        new("+18555550100", Cnam, Expect.Refuse, "toll-free number (+1 855)", "toll-free 855"),
        new("+18665550100", Cnam, Expect.Refuse, "toll-free number (+1 866)", "toll-free 866"),
        new("+18775550100", Cnam, Expect.Refuse, "toll-free number (+1 877)", "toll-free 877"),
        new("+18885550100", Cnam, Expect.Refuse, "toll-free number (+1 888)", "toll-free 888"),
        new("+18885550100", ShakenStir, Expect.Accept, "", "toll-free under a policy that allows it"),
        new("+18225550100", Cnam, Expect.Accept, "", "822: a reserved toll-free code not yet in service is not toll-free"),
        new("+16045550100", Cnam, Expect.Refuse, "is a number from CA (area code 604)", "Canada, British Columbia"),
        new("+14165550100", Cnam, Expect.Refuse, "is a number from CA (area code 416)", "Canada, Toronto"),
        new("+12735550100", Cnam, Expect.Refuse, "is a number from CA (area code 273)", "Canada, 273 (missing from the old table)"),
        new("+16045550100", CanadaAndUk, Expect.Accept, "", "Canada under a policy that allows CA"),
        new("+18675550100", CanadaAndUk, Expect.Accept, "", "Canada, 867 (territories)"),
        new("+17875550100", Cnam, Expect.Refuse, "is a number from PR (area code 787)", "Puerto Rico"),
        new("+18095550100", CanadaAndUk, Expect.Refuse, "is a number from DO (area code 809)", "Dominican Republic"),

        // N11 service codes and area codes or exchanges starting with 0 or 1: no country (the engine said US).
        new("+12115550100", Cnam, Expect.Refuse, "211 is an N11 service code", "N11 area code 211"),
        new("+19115550100", CanadaAndUk, Expect.Refuse, "911 is an N11 service code", "N11 area code 911"),
        new("+10215550100", Cnam, Expect.Refuse, "NANP area codes start with 2-9, not 0", "0xx area code"),
        new("+11215550100", Cnam, Expect.Refuse, "NANP area codes start with 2-9, not 1", "1xx area code"),
        new("+14150550100", Cnam, Expect.Refuse, "NANP exchanges start with 2-9, and 055 does not", "0xx exchange"),
        new("+12115550101", ShakenStir, Expect.Accept, "", "N11 under a policy with no country limit"),

        // Numbers outside +1: every assigned calling code has its country (the engine gave none).
        new("+442071838750", CanadaAndUk, Expect.Accept, "", "United Kingdom under a policy that allows GB"),
        new("+447911123456", CanadaAndUk, Expect.Accept, "", "UK mobile under a policy that allows GB"),
        new("+442071838751", Cnam, Expect.Refuse, "is a number from GB;", "United Kingdom under CNAM"),
        new("+4930123456", CanadaAndUk, Expect.Refuse, "is a number from DE;", "Germany, not allowed"),
        new("+33142685300", ShakenStir, Expect.Accept, "", "France under a policy with no country limit"),
        new("+80012345678", CanadaAndUk, Expect.Refuse, "dials a global service (+800)", "global freephone +800, no country"),

        // The shortest E.164 numbers: 7 digits (Niue, Tokelau); 6 is too few (the engine wanted 8, the others 2).
        new("+6831234", ShakenStir, Expect.Accept, "", "shortest: Niue, 7 digits"),
        new("+6901234", ShakenStir, Expect.Accept, "", "shortest: Tokelau, 7 digits"),
        new("+683123", ShakenStir, Expect.Refuse, "has 6 digits", "6 digits"),

        // Malformed input.
        new("+1415555010", Cnam, Expect.Refuse, "9 digits after the 1; it needs exactly 10", "+1 with 9 digits"),
        new("+141555501000", ShakenStir, Expect.Refuse, "11 digits after the 1; it needs exactly 10", "+1 with 11 digits"),
        new("14155550100", Cnam, Expect.Refuse, "is not an E.164 phone number", "no +"),
        new("+1 415 555 0100", ShakenStir, Expect.Refuse, "is not an E.164 phone number", "spaces"),
        new("+1-415-555-0100", CanadaAndUk, Expect.Refuse, "is not an E.164 phone number", "dashes"),
        new("+4420718387501234", ShakenStir, Expect.Refuse, "has 16 digits", "16 digits"),
        new("+9991234567", ShakenStir, Expect.Refuse, "does not start with a country calling code in use", "unassigned calling code +999"),
        new("+", Cnam, Expect.Refuse, "is not an E.164 phone number", "only +"),
    ];

    public static IReadOnlyList<AttributeCase> Attributes { get; } =
    [
        new("Acme Plumbing", Expect.Accept, "", "valid"),
        new("OWL INDUSTRIES", Expect.Accept, "", "upper case"),
        new("A1 Plumbing, Co", Expect.Accept, "", "15 characters with a comma"),
        new("Acme Plumbing Services", Expect.Refuse, "has 22 characters; at most 15", "too long"),
        new("1st Choice", Expect.Refuse, "does not have the required form", "starts with a digit"),
        new("Acme & Sons", Expect.Refuse, "does not have the required form", "ampersand"),
        new("Café Owl", Expect.Refuse, "does not have the required form", "non-ASCII letter"),
        new("Chicago IL", Expect.Refuse, "rejected by the policy as a generic value (\"Chicago IL\")", "generic city"),
        new("chicago, il.", Expect.Refuse, "rejected by the policy as a generic value (\"Chicago IL\")", "generic city, other case and punctuation"),
        new("Texas", Expect.Refuse, "rejected by the policy as a generic value (\"Texas\")", "generic state"),
    ];

    public static IReadOnlyList<PolicyCase> PolicyFiles { get; } =
    [
        new(["CA", "GB"], Expect.Accept, "upper case ISO 3166 codes"),
        new(["CA", "gb"], Expect.Refuse, "lower case: ordinal comparison, refused where it is written"),
        new(["Gb"], Expect.Refuse, "mixed case"),
    ];

    public static TheoryData<int> NumberRows { get; } = new(Enumerable.Range(0, Numbers.Count));

    public static TheoryData<int> AttributeRows { get; } = new(Enumerable.Range(0, Attributes.Count));

    public static TheoryData<int> PolicyRows { get; } = new(Enumerable.Range(0, PolicyFiles.Count));
}
