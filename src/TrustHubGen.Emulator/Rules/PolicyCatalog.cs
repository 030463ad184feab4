using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Rules;

/// <summary>The policies the emulator knows, by SID, plus the end-user types they mention.</summary>
internal sealed class PolicyCatalog
{
    private readonly Dictionary<string, PolicyModel> _bySid;
    private readonly SortedDictionary<string, List<AttributeRequirement>> _endUserTypes = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _documentTypes = new(StringComparer.Ordinal);

    public PolicyCatalog(IEnumerable<PolicyModel> policies)
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

            foreach (var document in policy.Documents)
            {
                _documentTypes.Add(document.Type);
            }
        }
    }

    public IReadOnlyList<PolicyModel> All { get; }

    /// <summary>End-user types named by any policy, with the union of their attribute rules.</summary>
    public IReadOnlyDictionary<string, List<AttributeRequirement>> EndUserTypes => _endUserTypes;

    public IReadOnlyCollection<string> DocumentTypes => _documentTypes;

    public PolicyModel? Find(string sid) => _bySid.GetValueOrDefault(sid);

    /// <summary>The attribute rules known for an end-user type (empty when no policy describes it).</summary>
    public IReadOnlyList<AttributeRequirement> AttributesOf(string endUserType) =>
        _endUserTypes.TryGetValue(endUserType, out var attributes) ? attributes : [];

    /// <summary>The shipped definitions from TrustHubGen.Policies, plus or replaced by <paramref name="extraFiles"/>.</summary>
    public static PolicyCatalog BuiltIn(IEnumerable<string> extraFiles) => new(BuiltInPolicySource.Load(extraFiles));

    public static string Describe(BundleType kind) => kind == BundleType.CustomerProfile ? "Customer Profile" : "Trust Product";
}
