using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Tests;

/// <summary>The analyzers' built-in policies are compiled in at build time: they must be what the policy files read to.</summary>
public sealed class BuiltInPolicyTableTests
{
    [Fact]
    public void The_compiled_in_table_equals_the_policy_files_read_by_the_reader()
    {
        Assert.Equal(BuiltInPolicies.All, BuiltInPolicyTable.All);
    }
}
