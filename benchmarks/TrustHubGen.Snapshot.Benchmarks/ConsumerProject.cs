using TrustHubGen.Testing;

namespace TrustHubGen.Snapshot.Benchmarks;

/// <summary>
/// A consumer project as a user has it: the TrustHubGen generator and analyzers loaded from one folder (the package's
/// <c>analyzers/dotnet/cs</c> layout), the package's buildTransitive props and targets, the official specs and shipped
/// policies, Twilio's C# library (so the analyzers run and read the snapshot), and a Trust Hub call whose SIDs are in
/// the snapshot. One copy per variant, each with its own obj/ and its snapshot beside the project.
/// </summary>
internal sealed class ConsumerProject
{
    private static readonly string[] AnalyzerAssemblies =
        ["TrustHubGen.Generator.dll", "TrustHubGen.Policies.dll", "TrustHubGen.Analyzers.dll", "Microsoft.OpenApi.dll"];

    private ConsumerProject(string name, string directory, int? numbers)
    {
        Name = name;
        Directory = directory;
        Numbers = numbers;
    }

    /// <summary>"none", or the snapshot's size ("1k", "100k").</summary>
    public string Name { get; }

    public string Directory { get; }

    /// <summary>The snapshot's number count, or null for no snapshot.</summary>
    public int? Numbers { get; }

    public string ProjectFile => Path.Combine(Directory, "Consumer.csproj");

    /// <summary>Copies the analyzer assemblies (from this benchmark's output unless told otherwise) into one folder, as the package lays them out.</summary>
    public static string InstallAnalyzers(string root, string from, string folderName = "analyzers")
    {
        var folder = Path.Combine(root, folderName);
        System.IO.Directory.CreateDirectory(folder);
        foreach (var file in AnalyzerAssemblies) File.Copy(Path.Combine(from, file), Path.Combine(folder, file), overwrite: true);
        return folder;
    }

    /// <param name="suffix">Appended to the name, for a second variant of one size (e.g. "-before": other analyzers).</param>
    public static ConsumerProject Write(string root, string repoRoot, string analyzers, int? numbers, string suffix = "")
    {
        var name = (numbers is { } n ? Size(n) : "none") + suffix;
        var dir = Path.Combine(root, name);
        System.IO.Directory.CreateDirectory(dir);
        var buildTransitive = Path.Combine(repoRoot, "src", "TrustHubGen", "buildTransitive");
        var analyzerItems = string.Join("\n    ", AnalyzerAssemblies.Select(a => $"<Analyzer Include=\"{Path.Combine(analyzers, a)}\" />"));
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{{Path.Combine(buildTransitive, "TrustHubGen.props")}}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TrustHubGenSpecDir>{{Path.Combine(repoRoot, "specs", ".official")}}/</TrustHubGenSpecDir>
                <TrustHubGenPolicyDir>{{Path.Combine(repoRoot, "specs", "policies")}}/</TrustHubGenPolicyDir>
                <TrustHubGenSnapshotToday>2026-12-03</TrustHubGenSnapshotToday>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                {{analyzerItems}}
                <ProjectReference Include="{{Path.Combine(repoRoot, "src", "TrustHubGen.Runtime", "TrustHubGen.Runtime.csproj")}}" />
                <PackageReference Include="Twilio" Version="8.2.0" />
                <PackageReference Include="Microsoft.IdentityModel.Tokens" Version="8.16.0" />
                <PackageReference Include="System.IdentityModel.Tokens.Jwt" Version="8.16.0" />
              </ItemGroup>
              <Import Project="{{Path.Combine(buildTransitive, "TrustHubGen.targets")}}" />
            </Project>
            """);
        // A method the analyzers check against the snapshot (TH1004, TH1010): the product and numbers are customer 0's.
        File.WriteAllText(Path.Combine(dir, "Onboarding.cs"), $$"""
            using Twilio.Rest.Trusthub.V1.TrustProducts;

            namespace Consumer;

            public static class Onboarding
            {
                public static void AssignNumbers()
                {
                    TrustProductsEntityAssignmentsResource.Create("{{IsvSnapshot.CnamProduct(0)}}", "{{IsvSnapshot.CustomerProfile(0)}}");
                    TrustProductsChannelEndpointAssignmentResource.Create("{{IsvSnapshot.CnamProduct(0)}}", "phone-number", "{{IsvSnapshot.NumberSid(1)}}");
                    TrustProductsChannelEndpointAssignmentResource.Create("{{IsvSnapshot.CnamProduct(0)}}", "phone-number", "{{IsvSnapshot.NumberSid(2)}}");
                }

                public static TrustHubGen.Sdk.TrustHubClient Client(TrustHubGen.Runtime.ITwilioTransport transport) => new(transport);
            }
            """);
        if (numbers is { } count)
        {
            using var file = File.Create(Path.Combine(dir, "trusthub.snapshot.json"));
            IsvSnapshot.Write(file, count);
        }
        return new ConsumerProject(name, dir, numbers);
    }

    /// <summary>The generated TrustHubAccount.g.cs of the last build, in bytes (0 without a snapshot).</summary>
    public long GeneratedHandlesBytes() =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, "obj"), "TrustHubAccount.g.cs", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).FirstOrDefault();

    public long SnapshotBytes() => Numbers is null ? 0 : new FileInfo(Path.Combine(Directory, "trusthub.snapshot.json")).Length;

    public static string Size(int numbers) => numbers % 1000 == 0 ? (numbers / 1000) + "k" : numbers.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
