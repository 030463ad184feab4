using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Model;

/// <summary>Cross-file checks, run on the collected (and sorted) parse results.</summary>
internal static class SetBuilders
{
    private static readonly SidTypeModel AccountSid = new("AccountSid", "AC", "The SID of an Account (\"AC\" followed by 32 hex digits).");

    public static ApiDocumentSet Documents(ImmutableArray<ApiDocumentResult> results)
    {
        var diagnostics = new List<InputDiagnostic>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var documents = new List<ApiDocumentModel>();
        foreach (var model in results.Select(r => r.Model).Where(m => m is not null).OrderBy(m => m!.Path, StringComparer.Ordinal))
        {
            var names = TypeNames(model!).ToList();
            var clash = names.FirstOrDefault(owners.ContainsKey);
            if (clash is not null)
            {
                diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.OpenApiDocumentCollision, model!.Path, 0, 0,
                    Path.GetFileName(model.Path), clash, Path.GetFileName(owners[clash])));
                continue;
            }
            foreach (var name in names) owners[name] = model!.Path;
            documents.Add(model!);
        }

        // SID types are shared: AccountSid from Trust Hub's account_sid is the same type as API 2010's Account SID.
        var sids = new SortedDictionary<string, SidTypeModel>(StringComparer.Ordinal) { [AccountSid.Name] = AccountSid };
        foreach (var document in documents)
        {
            foreach (var sid in document.Sids)
            {
                if (!sids.TryGetValue(sid.Name, out var existing))
                {
                    sids[sid.Name] = sid;
                }
                else if (existing.Prefix != sid.Prefix)
                {
                    diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.SidTypeCollision, document.Path, 0, 0,
                        Path.GetFileName(document.Path), sid.Prefix, sid.Name, existing.Prefix));
                }
            }
        }
        return new ApiDocumentSet(new EquatableArray<ApiDocumentModel>(documents), new EquatableArray<SidTypeModel>(sids.Values), new EquatableArray<InputDiagnostic>(diagnostics));
    }

    public static PolicySet Policies(ImmutableArray<PolicyResult> results)
    {
        var diagnostics = new List<InputDiagnostic>();
        var bySid = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var policies = new List<PolicyDefinition>();
        foreach (var result in results.Where(r => r.Policy is not null).OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            var policy = result.Policy!;
            if (bySid.TryGetValue(policy.Sid, out var sidOwner) || byName.TryGetValue(policy.Name, out sidOwner))
            {
                var what = bySid.ContainsKey(policy.Sid) ? $"SID {policy.Sid}" : $"name '{policy.Name}'";
                diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.PolicyCollision, result.Path, 0, 0,
                    Path.GetFileName(result.Path), what, Path.GetFileName(sidOwner)));
                continue;
            }
            bySid[policy.Sid] = result.Path;
            byName[policy.Name] = result.Path;
            policies.Add(policy);
        }
        return new PolicySet(new EquatableArray<PolicyDefinition>(policies.OrderBy(p => p.Name, StringComparer.Ordinal)), new EquatableArray<InputDiagnostic>(diagnostics));
    }

    private static IEnumerable<string> TypeNames(ApiDocumentModel model)
    {
        yield return model.Name + "Client";
        foreach (var record in model.Records) yield return record.Name;
        foreach (var model2 in model.Enums) yield return model2.Name;
        foreach (var resource in model.Resources)
        {
            yield return resource.ClientName;
            foreach (var operation in resource.Operations)
            {
                if (operation.RequestTypeName is not null) yield return operation.RequestTypeName;
            }
        }
    }
}
