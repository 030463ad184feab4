using TrustHubGen.Testing;
namespace TrustHubGen.Package.Tests;

/// <summary>
/// The proof that the generator loads in the compiler with its dependencies: a project that references only the packed
/// .nupkg (from a local folder) builds with IsAotCompatible and TreatWarningsAsErrors, and runs code that uses the SDK.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class FreshConsumerTests(PackedPackageFixture package) : IDisposable
{
    private readonly string _projectDirectory = Directory.CreateTempSubdirectory("trusthubgen-consumer-").FullName;

    [Fact]
    public async Task A_fresh_project_builds_against_the_package_and_runs_the_generated_sdk()
    {
        WriteConsumer();

        var run = await ProcessRunner.RunAsync("dotnet", "run -c Release", _projectDirectory, TimeSpan.FromMinutes(8));
        run.EnsureSuccess("building and running the fresh consumer");
        Assert.Contains("SDK OK", run.Output);
        Assert.DoesNotContain("warning", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// With the default specs (the consumer's namespace set back to the default TrustHubGen.Sdk; its policy of its own has
    /// the shipped settable statuses) the consumer references the package's precompiled spec part and the packaged
    /// policies' code, not the packaged PolicyCatalog container, and generates only the container and its own policy's
    /// code, then runs (packaged and own pipelines); with TrustHubGenPrecompiledSdk=false the references are dropped and
    /// the whole SDK is generated; both build without a warning (no CS0436). The test above covers another namespace.
    /// </summary>
    [Fact]
    public async Task The_precompiled_SDK_stands_in_for_the_spec_derived_code_unless_turned_off()
    {
        WriteConsumer(defaultNamespace: true);
        var generated = Path.Combine(_projectDirectory, "generated");

        var build = await ProcessRunner.RunAsync("dotnet", $"build -c Release -p:TrustHubGenNamespace=TrustHubGen.Sdk -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath=\"{generated}\"", _projectDirectory, TimeSpan.FromMinutes(8));
        build.EnsureSuccess("building the consumer with the precompiled SDK");
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
        // Its own policy file: only the container and that policy's code are generated; the packaged policies' code stays precompiled.
        Assert.Equal(["BrandedCallingOnboarding.g.cs", "PolicyCatalog.g.cs", "PolicyCatalogEntries.BrandedCalling.g.cs"], GeneratedFiles(generated).Order(StringComparer.Ordinal));
        var output = Path.Combine(_projectDirectory, "bin", "Release", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "TrustHubGen.Sdk.dll")), "TrustHubGen.Sdk.dll is not in the output.");
        Assert.True(File.Exists(Path.Combine(output, "TrustHubGen.Sdk.DefaultPolicies.dll")), "TrustHubGen.Sdk.DefaultPolicies.dll was dropped beside a policy file of the project's own.");
        Assert.False(File.Exists(Path.Combine(output, "TrustHubGen.Sdk.PolicyCatalog.dll")), "TrustHubGen.Sdk.PolicyCatalog.dll was kept beside a policy file of the project's own.");
        var run = await ProcessRunner.RunAsync("dotnet", "Consumer.dll", output, TimeSpan.FromMinutes(2));
        run.EnsureSuccess("running the consumer with the precompiled SDK");
        Assert.Contains("SDK OK", run.Output);

        Directory.Delete(generated, recursive: true);
        Directory.Delete(Path.Combine(_projectDirectory, "bin"), recursive: true);
        var whole = await ProcessRunner.RunAsync("dotnet", $"build -c Release -p:TrustHubGenNamespace=TrustHubGen.Sdk -p:TrustHubGenPrecompiledSdk=false -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath=\"{generated}\"", _projectDirectory, TimeSpan.FromMinutes(8));
        whole.EnsureSuccess("building the consumer with TrustHubGenPrecompiledSdk=false");
        Assert.Contains("0 Warning(s)", whole.Output, StringComparison.Ordinal);
        var files = GeneratedFiles(generated);
        Assert.Contains("Sids.g.cs", files);
        Assert.Contains("TrustHub.Clients.g.cs", files);
        Assert.Contains("PolicyCatalog.g.cs", files);
        Assert.Contains("CnamOnboarding.g.cs", files);
        Assert.False(File.Exists(Path.Combine(_projectDirectory, "bin", "Release", "net10.0", "TrustHubGen.Sdk.dll")), "TrustHubGen.Sdk.dll was copied although turned off.");
        Assert.False(File.Exists(Path.Combine(_projectDirectory, "bin", "Release", "net10.0", "TrustHubGen.Sdk.DefaultPolicies.dll")), "TrustHubGen.Sdk.DefaultPolicies.dll was copied although turned off.");
    }

    /// <summary>
    /// A project referencing one that has a policy file of its own (an application's tests, an application using a
    /// library), both with the package's defaults otherwise: the referenced project's generated container is internal, so
    /// here <c>PolicyCatalog</c> is the package's, not ambiguous (CS0433), and the referenced policy is reached through its entry.
    /// A project that sees its internals (InternalsVisibleTo: its tests) names <c>PolicyCatalog</c> as it does, every policy included.
    /// </summary>
    [Fact]
    public async Task A_project_referencing_one_with_its_own_policy_still_names_PolicyCatalog()
    {
        WriteConsumer(defaultNamespace: true);
        var project = Path.Combine(_projectDirectory, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<TrustHubGenNamespace>Consumer.TrustHub</TrustHubGenNamespace>", "", StringComparison.Ordinal)
            .Replace("</Project>", "<ItemGroup><InternalsVisibleTo Include=\"Friend\" /></ItemGroup></Project>", StringComparison.Ordinal));
        var app = Directory.CreateDirectory(Path.Combine(_projectDirectory, "App")).FullName;
        File.WriteAllText(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Consumer.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            System.Console.WriteLine(TrustHubGen.Sdk.PolicyCatalog.Cnam.SidValue + " " + TrustHubGen.Sdk.PolicyCatalogEntries.BrandedCalling.SidValue);
            """);
        var friend = Directory.CreateDirectory(Path.Combine(_projectDirectory, "Friend")).FullName;
        File.WriteAllText(Path.Combine(friend, "Friend.csproj"), File.ReadAllText(Path.Combine(app, "App.csproj")));
        File.WriteAllText(Path.Combine(friend, "Program.cs"), """
            using TrustHubGen.Sdk;
            System.Console.WriteLine($"friend: {PolicyCatalog.BrandedCalling.SidValue} {PolicyCatalog.Cnam.Sid} {PolicyCatalog.AllSids.Count}");
            """);
        // The consumer's sources live in its folder: keep the other projects' folders out of them.
        File.WriteAllText(Path.Combine(_projectDirectory, "Directory.Build.targets"),
            "<Project><ItemGroup Condition=\"'$(MSBuildProjectName)' == 'Consumer'\"><Compile Remove=\"App/**;Friend/**\" /></ItemGroup></Project>");

        var run = await ProcessRunner.RunAsync("dotnet", "run -c Release", app, TimeSpan.FromMinutes(8));
        var friendRun = await ProcessRunner.RunAsync("dotnet", "run -c Release", friend, TimeSpan.FromMinutes(8));

        run.EnsureSuccess("building and running a project that references the consumer with its own policy");
        Assert.Contains("RNf3db3cd1fe25fcfd3c3ded065c8fea53 RN", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS0433", run.Output, StringComparison.Ordinal);
        friendRun.EnsureSuccess("building and running a project that sees the consumer's internals");
        Assert.Contains("friend: RN0123456789abcdef0123456789abcdef RNf3db3cd1fe25fcfd3c3ded065c8fea53 6", friendRun.Output, StringComparison.Ordinal);
    }

    private static List<string> GeneratedFiles(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir, "*.g.cs", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)!).ToList() : [];

    private void WriteConsumer(bool defaultNamespace = false)
    {
        var consumer = Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Package.Tests", "Consumer");
        File.WriteAllText(Path.Combine(_projectDirectory, "Consumer.csproj"),
            File.ReadAllText(Path.Combine(consumer, "Consumer.csproj.template")).Replace("$(TrustHubGenTestVersion)", package.Version));
        File.WriteAllText(Path.Combine(_projectDirectory, "nuget.config"),
            File.ReadAllText(Path.Combine(consumer, "nuget.config.template")).Replace("$(FEED)", package.FeedDirectory));
        var program = File.ReadAllText(Path.Combine(consumer, "Program.cs"));
        File.WriteAllText(Path.Combine(_projectDirectory, "Program.cs"), defaultNamespace ? program.Replace("using Consumer.TrustHub;", "using TrustHubGen.Sdk;", StringComparison.Ordinal) : program);
        File.Copy(Path.Combine(consumer, "branded-calling.json"), Path.Combine(_projectDirectory, "branded-calling.json"));
    }

    public void Dispose() => Directory.Delete(_projectDirectory, recursive: true);
}
