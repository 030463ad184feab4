using System;
using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Generator.Model;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Emit.Refinements;

/// <summary>
/// Derives the narrower types of <see cref="SdkRefinements"/> from the documents and the policies, and rewrites the
/// request fields that take them. The bundle kinds of the policy model (<see cref="BundleKind"/>: TrustProduct,
/// CustomerProfile) are the spec's bundle resources by name, so each kind finds its resource, its requests and its
/// status enum in the spec; a spec selection without them simply gets no refinement.
/// </summary>
internal static class SdkRefinementBuilder
{
    private const string PolicySidType = "PolicySid";
    private const string EntityObjectTypeName = "EntityAssignmentObjectSid";

    /// <summary>
    /// The entities a policy definition can require of a bundle (policy.schema.json: <c>businessProfile</c>,
    /// <c>endUsers</c>, <c>supportingDocuments</c>) and the spec resource that creates each: what an entity assignment's
    /// ObjectSid may name. A phone number is not one: numbers are channel endpoints.
    /// </summary>
    private static readonly (string Resource, string Role)[] PolicyEntities =
    {
        (nameof(BundleKind.CustomerProfile), "the Business Profile"),
        ("EndUser", "an end user"),
        ("SupportingDocument", "a supporting document"),
    };

    private static readonly BundleKind[] Kinds = (BundleKind[])Enum.GetValues(typeof(BundleKind));

    /// <summary>The only policy input: each kind's client-settable statuses, so other policy edits leave the SDK cached.</summary>
    public static SettableStatusesByKind Statuses(PolicySet policies) =>
        new(new EquatableArray<KindStatuses>(Kinds.Select(kind => new KindStatuses(kind, new EquatableArray<string>(
            policies.Policies.Where(p => p.Kind == kind).SelectMany(p => p.Submission.ClientSettableStatuses)
                .Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal))))));

    public static SdkRefinements Build(ApiDocumentSet set, SettableStatusesByKind statuses)
    {
        var sids = new HashSet<string>(set.Sids.Select(s => s.Name), StringComparer.Ordinal);
        if (!sids.Contains(PolicySidType) && set.Documents.All(d => d.Resources.IsEmpty)) return SdkRefinements.None;
        var taken = new HashSet<string>(set.Documents.SelectMany(TypeNames).Concat(sids), StringComparer.Ordinal);
        var resources = set.Documents.SelectMany(d => d.Resources).ToList();
        var recordNames = new HashSet<string>(resources.Select(r => r.RecordName), StringComparer.Ordinal);

        var policySids = new List<KindPolicySid>();
        if (sids.Contains(PolicySidType))
        {
            foreach (var kind in Kinds)
            {
                var name = kind + PolicySidType;
                if (recordNames.Contains(kind.ToString()) && !taken.Contains(name)) policySids.Add(new KindPolicySid(name, KindName(kind), kind.ToString()));
            }
        }

        var accepted = PolicyEntities
            .Select(e => (e.Resource, e.Role, Sid: set.Sids.FirstOrDefault(s => s.Name == e.Resource + "Sid")))
            .Where(e => e.Sid is not null)
            .Select(e => new EntitySid(e.Sid!.Name, e.Sid.Prefix, e.Role)).ToList();
        var hasEntityAssignments = resources.Any(r => IsEntityAssignment(r, resources));
        var entityObject = accepted.Count > 0 && hasEntityAssignments && !taken.Contains(EntityObjectTypeName)
            ? new EntityObjectSid(EntityObjectTypeName, new EquatableArray<EntitySid>(accepted))
            : null;

        var settable = new List<SettableStatus>();
        foreach (var kindStatuses in statuses.Kinds)
        {
            var resource = kindStatuses.Kind.ToString();
            var update = resources.Where(r => r.RecordName == resource).SelectMany(r => r.Operations).FirstOrDefault(o => o.Verb == OperationVerb.Update);
            var status = update?.FormFields.FirstOrDefault(f => f.Name == "Status" && f.Type.Kind == TypeKind.Enum);
            var model = status is null ? null : set.Documents.SelectMany(d => d.Enums).FirstOrDefault(e => e.Name == status.Type.Name);
            if (model is null) continue;
            var values = model.Values.Where(v => kindStatuses.Statuses.Contains(v)).ToList();
            var name = resource + "SettableStatus";
            if (values.Count > 0 && !taken.Contains(name))
                settable.Add(new SettableStatus(model.Name, name, resource, new EquatableArray<string>(values)));
        }
        return new SdkRefinements(new EquatableArray<KindPolicySid>(policySids), entityObject, new EquatableArray<SettableStatus>(settable));
    }

    /// <summary>The document with its request fields narrowed: what each refinement is the type of.</summary>
    public static ApiDocumentModel Apply(ApiDocumentModel document, SdkRefinements refinements)
    {
        if (refinements == SdkRefinements.None) return document;
        var resources = document.Resources.Select(resource =>
        {
            var root = Root(resource, document.Resources);
            var operations = resource.Operations.Select(operation =>
            {
                var fields = operation.FormFields.Select(field => Narrow(field, operation, resource, root, document.Resources, refinements)).ToList();
                return fields.SequenceEqual(operation.FormFields) ? operation : operation with { FormFields = new EquatableArray<FieldModel>(fields) };
            }).ToList();
            return resource with { Operations = new EquatableArray<OperationModel>(operations) };
        }).ToList();
        return document with { Resources = new EquatableArray<ResourceModel>(resources) };
    }

    private static FieldModel Narrow(FieldModel field, OperationModel operation, ResourceModel resource, ResourceModel root, IReadOnlyList<ResourceModel> all, SdkRefinements refinements)
    {
        // Create TrustProduct / Create TrustProductEvaluation: a trust-product policy. List filters take any policy.
        if (operation.Verb == OperationVerb.Create && field.Type is { Kind: TypeKind.Sid, Name: PolicySidType }
            && refinements.PolicySids.FirstOrDefault(p => p.Resource == root.RecordName) is { } policySid)
            return field with { Type = new TypeRef(TypeKind.Sid, policySid.TypeName) };
        if (operation.Verb == OperationVerb.Create && field.Name == "ObjectSid" && field.Type.Kind == TypeKind.AnySid
            && refinements.EntityObject is { } entityObject && IsEntityAssignment(resource, all))
            return field with { Type = new TypeRef(TypeKind.Sid, entityObject.TypeName) };
        if (operation.Verb == OperationVerb.Update && field.Name == "Status" && field.Type.Kind == TypeKind.Enum && resource == root
            && refinements.Statuses.FirstOrDefault(s => s.Resource == resource.RecordName && s.EnumName == field.Type.Name) is { } settable)
            return field with { Type = new TypeRef(TypeKind.Enum, settable.TypeName) };
        return field;
    }

    // TrustProducts/{Sid}/EntityAssignments: a resource nested under a bundle whose record names entity assignments.
    private static bool IsEntityAssignment(ResourceModel resource, IReadOnlyList<ResourceModel> all) =>
        resource.ParentName is not null && resource.RecordName.EndsWith("EntityAssignment", StringComparison.Ordinal)
        && Kinds.Any(k => Root(resource, all).RecordName == k.ToString());

    private static ResourceModel Root(ResourceModel resource, IReadOnlyList<ResourceModel> all)
    {
        var current = resource;
        for (var depth = 0; depth < 8 && current.ParentName is { } parent; depth++)
        {
            var next = all.FirstOrDefault(r => r.Name == parent);
            if (next is null) break;
            current = next;
        }
        return current;
    }

    /// <summary>The kind as policy files spell it, the enum name in kebab case: TrustProduct → trust-product.</summary>
    public static string KindName(BundleKind kind)
    {
        var name = kind.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 2);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    private static IEnumerable<string> TypeNames(ApiDocumentModel model) =>
        model.Records.Select(r => r.Name).Concat(model.Enums.Select(e => e.Name))
            .Concat(model.Resources.SelectMany(r => r.Operations.Select(o => o.RequestTypeName ?? r.ClientName).Concat(new[] { r.ClientName })));
}
