using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using TrustHubGen.Runtime;

namespace TrustHubGen.Generator.Tests.Infrastructure;

/// <summary>
/// The official inputs generated once, compiled with a test scenario into an in-memory assembly, loaded into a
/// collectible context that shares TrustHubGen.Runtime with the test (so ITwilioTransport is the same type on both sides).
/// </summary>
internal static class GeneratedSdk
{
    private static readonly Lazy<IReadOnlyList<string>> Sources = new(() =>
    {
        var (_, result, _) = GeneratorHarness.Run(TestInput.Official());
        return result.GeneratedTrees.Select(t => t.ToString()).ToList();
    });

    /// <summary>The generated sources of the official inputs.</summary>
    public static IReadOnlyList<string> GeneratedSources => Sources.Value;

    /// <summary>Compiles the generated SDK with <paramref name="scenarios"/> (C# in namespace TrustHubGen.Sdk) and returns diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> Diagnose(string scenarios)
    {
        var compilation = GeneratorHarness.Compilation([.. GeneratedSources, scenarios]);
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    /// <summary>Compiles and loads the SDK with <paramref name="scenarios"/>; the scenario methods take an ITwilioTransport.</summary>
    public static Assembly Load(string scenarios)
    {
        var compilation = GeneratorHarness.Compilation([.. GeneratedSources, scenarios]);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, GeneratorHarness.Format(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("GeneratedSdk", isCollectible: true);
        return context.LoadFromStream(stream);
    }

    /// <summary>Binds a static scenario method <c>Task&lt;string&gt; Name(ITwilioTransport)</c> as a delegate.</summary>
    public static Func<ITwilioTransport, Task<string>> Scenario(Assembly assembly, string name) =>
        assembly.GetType("TrustHubGen.Sdk.Scenarios", throwOnError: true)!
            .GetMethod(name, BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate<Func<ITwilioTransport, Task<string>>>();
}

/// <summary>Records requests and answers each with the next canned JSON body.</summary>
internal sealed class FakeTransport(params string[] bodies) : ITwilioTransport
{
    private readonly Queue<string> _bodies = new(bodies);

    public List<TwilioRequest> Requests { get; } = [];

    public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var body = _bodies.Count > 0 ? _bodies.Dequeue() : "";
        return Task.FromResult(new TwilioResponse(body.Length == 0 ? 204 : 200, System.Text.Encoding.UTF8.GetBytes(body), new Uri(request.AbsoluteUrl?.ToString() ?? request.ServerUrl + request.Path)));
    }

    public static string Form(TwilioRequest request) => request.Form?.ToUrlEncoded() ?? "";
}
