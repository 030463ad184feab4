using System.Text;

namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>Writes a project of many files full of Trust Hub calls (right and wrong, named and positional, options objects,
/// constants from another file) that references Twilio's real C# package and TrustHubGen's analyzers.</summary>
internal static class CorpusWriter
{
    private const int CallsPerMethod = 5;

    // Each template is one call site; {0} is a per-site number making SIDs distinct, Sids.* are constants in another file.
    // Shapes 1, 3, 4 and 6 carry a mistake (TH1001, TH1003, TH1009, TH1006); CleanCallSites has them right.
    private static readonly string[] SeededCallSites =
    [
        "await TrustProductsResource.CreateAsync(\"Acme {0}\", \"ops@example.com\", Sids.Cnam);",
        "await TrustProductsResource.CreateAsync(policySid: \"RNf3db3cd1fe25fcfd3c3ded065c8fea54\", email: \"ops@example.com\", friendlyName: \"Acme {0}\");",
        "await TrustProductsChannelEndpointAssignmentResource.CreateAsync(channelEndpointType: \"phone-number\", channelEndpointSid: Sids.Number, pathTrustProductSid: Sids.Product);",
        "TrustProductsChannelEndpointAssignmentResource.Create(Sids.Product, \"phone_number\", Sids.Number);",
        "var update{0} = new UpdateTrustProductsOptions(Sids.Product) {{ Status = \"pending_review\" }};",
        "await TrustProductsResource.UpdateAsync(Sids.Product, status: \"pending-review\");",
        "await TrustProductsEntityAssignmentsResource.CreateAsync(Sids.Product, \"PN{0:x32}\");",
        "await CustomerProfilesResource.CreateAsync(\"Acme {0}\", \"ops@example.com\", Sids.Primary);",
        "var endUser{0} = new CreateEndUserOptions(\"Acme {0}\", \"cnam_information\");",
        "await EndUserResource.CreateAsync(friendlyName: \"Acme {0}\", type: \"cnam_information\", attributes: new {{ cnam_display_name = \"ACME CORP\" }});",
    ];

    private static readonly string[] CleanCallSites =
    [
        SeededCallSites[0],
        "await TrustProductsResource.CreateAsync(policySid: \"RNf3db3cd1fe25fcfd3c3ded065c8fea53\", email: \"ops@example.com\", friendlyName: \"Acme {0}\");",
        SeededCallSites[2],
        "TrustProductsChannelEndpointAssignmentResource.Create(Sids.Product, \"phone-number\", Sids.Number);",
        "var update{0} = new UpdateTrustProductsOptions(Sids.Product) {{ Status = \"pending-review\" }};",
        SeededCallSites[5],
        // An end user for another product: assigning to Sids.Product after shape 5 submitted it is a TH1012 finding.
        "await TrustProductsEntityAssignmentsResource.CreateAsync(Sids.DraftProduct, \"IT{0:x32}\");",
        SeededCallSites[7],
        SeededCallSites[8],
        SeededCallSites[9],
    ];

    public static int ShapeCount => SeededCallSites.Length;

    /// <summary>
    /// Writes the project; <paramref name="clean"/> writes every call right (a real project has few mistakes),
    /// <paramref name="onlyShape"/> repeats one seeded call shape everywhere, to time it alone. The project loads exactly
    /// the analyzer assemblies of <paramref name="analyzerPaths"/> (none when empty), each build the same way
    /// (<c>Analyzer</c> items), so no corpus differs from another in how its analyzers reach the compiler;
    /// <paramref name="netAnalyzers"/> false turns the .NET SDK's own analyzers off.
    /// </summary>
    public static int Write(string dir, int files, string repoRoot, bool clean, int? onlyShape = null, IReadOnlyList<string>? analyzerPaths = null, bool netAnalyzers = true)
    {
        var analyzers = string.Concat((analyzerPaths ?? []).Select(p => $"    <Analyzer Include=\"{Path.GetFullPath(p)}\" />\n"));
        var callSites = clean ? CleanCallSites : SeededCallSites;
        var src = Directory.CreateDirectory(Path.Combine(dir, "src")).FullName;
        // The corpus lives outside the repository (no central package management): the versions come from ours.
        var versions = PackageVersions(repoRoot);
        File.WriteAllText(Path.Combine(dir, "Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>disable</Nullable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);CS1998;CS0219;CS0168</NoWarn>
                <EnableNETAnalyzers>{(netAnalyzers ? "true" : "false")}</EnableNETAnalyzers>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Twilio" Version="{versions["Twilio"]}" />
                <PackageReference Include="Microsoft.IdentityModel.Tokens" Version="{versions["Microsoft.IdentityModel.Tokens"]}" />
                <PackageReference Include="System.IdentityModel.Tokens.Jwt" Version="{versions["System.IdentityModel.Tokens.Jwt"]}" />
            {analyzers}
              </ItemGroup>
            </Project>
            """);
        // Every finding a warning, so the build completes and the timing is reported for a full compilation.
        var config = new StringBuilder("is_global = true\n");
        for (var id = 1001; id <= 1013; id++) config.Append($"dotnet_diagnostic.TH{id}.severity = warning\n");
        File.WriteAllText(Path.Combine(dir, ".globalconfig"), config.ToString());
        File.WriteAllText(Path.Combine(src, "Sids.cs"), """
            namespace Corpus;
            public static class Sids
            {
                public const string Cnam = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
                public const string Primary = "RN6433641899984f951173ef1738c3bdd0";
                public const string Product = "BUfedcba9876543210fedcba9876543210";
                public const string DraftProduct = "BU0f1e2d3c4b5a69788796a5b4c3d2e1f0";
                public const string Number = "PN0123456789abcdef0123456789abcdef";
            }
            """);

        var sites = 0;
        for (var file = 0; file < files; file++)
        {
            var code = new StringBuilder("using Twilio.Rest.Trusthub.V1;\nusing Twilio.Rest.Trusthub.V1.TrustProducts;\n\nnamespace Corpus;\n\n");
            code.Append($"public static class Onboarding{file}\n{{\n    public static async Task RunAsync()\n    {{\n");
            for (var i = 0; i < CallsPerMethod; i++, sites++)
                code.Append("        ").AppendFormat(callSites[onlyShape ?? (file + i) % callSites.Length], sites).Append('\n');
            code.Append("    }\n}\n");
            File.WriteAllText(Path.Combine(src, $"Onboarding{file}.cs"), code.ToString());
        }
        return sites;
    }

    /// <summary>The central package versions of the repository (Directory.Packages.props).</summary>
    private static Dictionary<string, string> PackageVersions(string repoRoot) =>
        System.Xml.Linq.XDocument.Load(Path.Combine(repoRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
}
