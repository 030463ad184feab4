using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.State.Storage;
using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.Rules;

/// <summary>
/// The policies the emulator enforces, by SID: the rules library's own definitions (<see cref="PolicyDefinition"/>),
/// checked with its own code (<see cref="PolicyRules"/>, <see cref="PhoneNumberFacts"/>), so the emulator, the analyzers
/// and the engine give one verdict. Also indexes the end-user and document types the policies mention.
/// </summary>
internal sealed class PolicyCatalog
{
    /// <summary>
    /// The machine name of a Business Profile as a requirement: its <c>type</c> under a policy's
    /// <c>supporting_customer_profiles</c>, its evaluation result's <c>object_type</c>, and the EntityAssignments
    /// <c>ObjectType</c> filter value that selects it (end users and documents go by their own type's machine name).
    /// </summary>
    public const string CustomerProfileObjectType = "customer_profile";

    private readonly Dictionary<string, PolicyDefinition> _bySid;
    private readonly SortedDictionary<string, List<AttributeRule>> _endUserTypes = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _documentTypes = new(StringComparer.Ordinal);

    public PolicyCatalog(IEnumerable<PolicyDefinition> policies)
    {
        All = policies.OrderBy(p => p.Sid, StringComparer.Ordinal).ToArray();
        _bySid = All.ToDictionary(p => p.Sid, StringComparer.Ordinal);
        foreach (var policy in All)
        {
            foreach (var endUser in policy.EndUsers)
            {
                if (!_endUserTypes.TryGetValue(endUser.Type, out var attributes))
                {
                    _endUserTypes[endUser.Type] = attributes = [];
                }

                // The first policy to describe an attribute wins; the shipped definitions agree on shared types.
                foreach (var attribute in endUser.Attributes)
                {
                    if (!attributes.Exists(a => a.Name == attribute.Name))
                    {
                        attributes.Add(attribute);
                    }
                }
            }

            foreach (var document in policy.SupportingDocuments)
            {
                _documentTypes.Add(document.Type);
            }
        }
    }

    public IReadOnlyList<PolicyDefinition> All { get; }

    /// <summary>End-user types named by any policy, with the union of their attribute rules.</summary>
    public IReadOnlyDictionary<string, List<AttributeRule>> EndUserTypes => _endUserTypes;

    public IReadOnlyCollection<string> DocumentTypes => _documentTypes;

    public PolicyDefinition? Find(string sid) => _bySid.GetValueOrDefault(sid);

    /// <summary>The attribute rules known for an end-user type (empty when no policy describes it).</summary>
    public IReadOnlyList<AttributeRule> AttributesOf(string endUserType) =>
        _endUserTypes.TryGetValue(endUserType, out var attributes) ? attributes : [];

    /// <summary>
    /// The shipped definitions (<see cref="BuiltInPolicies"/>), with each extra file replacing the shipped policy of the
    /// same SID or adding one. A file that does not read is refused with every error, located.
    /// </summary>
    public static PolicyCatalog BuiltIn(IEnumerable<string> extraFiles)
    {
        var policies = BuiltInPolicies.All.ToDictionary(p => p.Sid, StringComparer.Ordinal);
        foreach (var path in extraFiles)
        {
            if (!File.Exists(path))
            {
                throw new ArgumentException($"Policy file \"{path}\" does not exist.");
            }

            var result = PolicyReader.Read(path, BoundedFile.ReadAllText(path, BoundedFile.DefinitionMaxBytes));
            if (result.Policy is null)
            {
                throw new ArgumentException($"Policy file \"{path}\" is not a valid policy definition:\n"
                    + string.Join("\n", result.Diagnostics.Where(d => d.Severity == InputSeverity.Error).Select(d => "  " + d)));
            }

            policies[result.Policy.Sid] = result.Policy;
        }

        return new PolicyCatalog(policies.Values);
    }

    /// <summary>The emulator's bundle type for a policy's kind.</summary>
    public static BundleType TypeOf(PolicyDefinition policy) => policy.Kind == BundleKind.CustomerProfile ? BundleType.CustomerProfile : BundleType.TrustProduct;

    public static string Describe(BundleType kind) => kind == BundleType.CustomerProfile ? "Customer Profile" : "Trust Product";
}
