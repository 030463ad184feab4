using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using TrustHubGen.Generator.Model;
using TrustHubGen.Generator.Naming;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.OpenApi;

internal sealed partial class ApiModelBuilder
{
    private sealed record OperationSite(string Path, IOpenApiPathItem PathItem, HttpMethod Method, OpenApiOperation Operation, string? ItemsKey);

    private List<ResourceModel> BuildResources()
    {
        // A resource is the schema its operations return. Path items are grouped by it (a delete has no body, so it
        // takes the resource of its path item's other operations).
        var groups = new SortedDictionary<string, List<OperationSite>>(StringComparer.Ordinal);
        var pathResources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pathPair in _document.Paths)
        {
            foreach (var operation in (pathPair.Value.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>()).OrderBy(o => o.Value.OperationId ?? string.Empty, StringComparer.Ordinal))
            {
                if (ResponseSchema(operation.Value, out _) is { } schema)
                {
                    pathResources[TrimJson(pathPair.Key)] = schema;
                    break;
                }
            }
        }
        foreach (var pathPair in _document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var operations = (pathPair.Value.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
                .OrderBy(o => o.Value.OperationId ?? string.Empty, StringComparer.Ordinal).ToList();
            // An instance path with only a delete (API 2010's UserDefinedMessageSubscriptions/{Sid}) takes the
            // resource of its collection path, when that path is in the (selected) document.
            var trimmed = TrimJson(pathPair.Key);
            var pathResource = pathResources.TryGetValue(trimmed, out var own) ? own
                : trimmed.EndsWith("}", StringComparison.Ordinal) && trimmed.LastIndexOf('/') is var slash and > 0
                  && pathResources.TryGetValue(trimmed.Substring(0, slash), out var collection) ? collection
                : null;
            foreach (var operation in operations)
            {
                var id = operation.Value.OperationId;
                if (id is null || !_selected.Contains(id)) continue;
                var schema = ResponseSchema(operation.Value, out var itemsKey) ?? pathResource;
                if (schema is null)
                {
                    _diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.OperationNotGenerated, _path, 0, 0,
                        id, operation.Key.Method.ToString(), pathPair.Key, Path.GetFileName(_path)));
                    continue;
                }
                if (!groups.TryGetValue(schema, out var list)) groups[schema] = list = new List<OperationSite>();
                list.Add(new OperationSite(pathPair.Key, pathPair.Value, operation.Key, operation.Value, itemsKey));
            }
        }

        var drafts = groups.Select(g => BuildResource(RecordName(g.Key), g.Value)).ToList();
        return AttachParents(drafts);
    }

    private ResourceModel BuildResource(string name, List<OperationSite> sites)
    {
        var selfSid = _recordSid.TryGetValue(name, out var sid) ? sid : null;
        var collectionPath = sites.Select(s => s.Path).Distinct()
            .OrderBy(p => PathParameterNames(p).Count).ThenBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).First();
        var clientNames = PathParameterNames(collectionPath);
        if (TrimJson(collectionPath).EndsWith("}", StringComparison.Ordinal)) clientNames.RemoveAt(clientNames.Count - 1);

        var clientParameters = new List<ParameterModel>();
        var operations = new List<OperationModel>();
        var usedMethodNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in sites.OrderBy(s => VerbOf(s.Operation.OperationId!)).ThenBy(s => s.Operation.OperationId, StringComparer.Ordinal))
        {
            var parameters = AllParameters(site).ToList();
            var pathParameters = new List<ParameterModel>();
            foreach (var parameterName in PathParameterNames(site.Path))
            {
                var parameter = parameters.FirstOrDefault(p => p.In == ParameterLocation.Path && p.Name == parameterName);
                var model = new ParameterModel(parameterName, Names.Camel(parameterName),
                    parameter is null ? TypeRef.String : MapType(parameter.Schema, parameterName, name, selfSid, forRequest: true), parameter?.Description);
                if (clientNames.Contains(parameterName))
                {
                    if (!clientParameters.Any(p => p.WireName == parameterName)) clientParameters.Add(model);
                }
                else
                {
                    pathParameters.Add(model);
                }
            }

            var id = site.Operation.OperationId!;
            var verb = VerbOf(id);
            var usedQuery = new HashSet<string>(StringComparer.Ordinal) { "WriteQuery", "WriteForm" };
            var query = parameters.Where(p => p.In == ParameterLocation.Query && p.Name is not null && !PagingParameters.Contains(p.Name))
                .Select(p => new FieldModel(p.Name!, Names.Unique(usedQuery, Names.Pascal(p.Name!)), MapType(p.Schema, p.Name!, name, selfSid, forRequest: true), p.Required, p.Description))
                .ToList();
            var form = FormFields(site.Operation, name, selfSid, query.Select(q => q.Name));
            var methodName = verb == OperationVerb.Other ? id + "Async" : verb + "Async";
            if (!usedMethodNames.Add(methodName)) usedMethodNames.Add(methodName = id + "Async");
            var responseRecord = ResponseSchema(site.Operation, out var itemsKey) is { } schema ? RecordName(schema) : null;
            operations.Add(new OperationModel(id, verb, methodName, site.Method.Method, ServerUrl(site), site.Path,
                site.Operation.Description ?? site.Operation.Summary, new EquatableArray<ParameterModel>(pathParameters),
                query.Count + form.Count > 0 ? id + "Request" : null,
                new EquatableArray<FieldModel>(query), new EquatableArray<FieldModel>(form), responseRecord, itemsKey));
        }

        var ordered = clientNames.Select(n => clientParameters.First(p => p.WireName == n));
        return new ResourceModel(name, Names.Plural(name) + "Client", Names.Plural(name), name, null,
            new EquatableArray<ParameterModel>(ordered), new EquatableArray<OperationModel>(operations));
    }

    private List<FieldModel> FormFields(OpenApiOperation operation, string owner, string? selfSid, IEnumerable<string> queryNames)
    {
        var fields = new List<FieldModel>();
        if (operation.RequestBody?.Content is not { } content) return fields;
        var used = new HashSet<string>(StringComparer.Ordinal) { "WriteQuery", "WriteForm" };
        foreach (var name in queryNames) used.Add(name);
        if (!content.TryGetValue("application/x-www-form-urlencoded", out var media) || media.Schema?.Properties is not { } properties) return fields;
        var required = media.Schema.Required ?? new HashSet<string>();
        foreach (var property in properties)
        {
            var type = MapType(property.Value, property.Key, owner, selfSid, forRequest: true);
            fields.Add(new FieldModel(property.Key, Names.Unique(used, Names.Pascal(property.Key)), type, required.Contains(property.Key), property.Value.Description));
        }
        return fields;
    }

    private static IEnumerable<IOpenApiParameter> AllParameters(OperationSite site)
    {
        var operationParameters = site.Operation.Parameters ?? new List<IOpenApiParameter>();
        foreach (var parameter in operationParameters) yield return parameter;
        foreach (var parameter in site.PathItem.Parameters ?? new List<IOpenApiParameter>())
        {
            if (!operationParameters.Any(p => p.Name == parameter.Name && p.In == parameter.In)) yield return parameter;
        }
    }

    private string ServerUrl(OperationSite site)
    {
        var servers = site.Operation.Servers is { Count: > 0 } ? site.Operation.Servers
            : site.PathItem.Servers is { Count: > 0 } ? site.PathItem.Servers
            : _document.Servers;
        var url = servers is { Count: > 0 } ? servers[0].Url : null;
        return string.IsNullOrEmpty(url) ? DefaultServer : url!.TrimEnd('/');
    }

    /// <summary>The component schema a success response returns, directly or as the items of a list page.</summary>
    private static string? ResponseSchema(OpenApiOperation operation, out string? itemsKey)
    {
        itemsKey = null;
        if (operation.Responses is null) return null;
        foreach (var response in operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!response.Key.StartsWith("2", StringComparison.Ordinal) || response.Value.Content is null) continue;
            if (!response.Value.Content.TryGetValue("application/json", out var media) || media.Schema is null) continue;
            if (media.Schema is OpenApiSchemaReference direct) return direct.Reference.Id;
            foreach (var property in media.Schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (property.Value.Items is OpenApiSchemaReference item)
                {
                    itemsKey = property.Key;
                    return item.Reference.Id;
                }
            }
        }
        return null;
    }

    private static OperationVerb VerbOf(string operationId)
    {
        foreach (var verb in new[] { OperationVerb.Create, OperationVerb.Fetch, OperationVerb.Update, OperationVerb.Delete, OperationVerb.List })
        {
            var prefix = verb.ToString();
            if (operationId.StartsWith(prefix, StringComparison.Ordinal) && operationId.Length > prefix.Length && char.IsUpper(operationId[prefix.Length]))
                return verb;
        }
        return OperationVerb.Other;
    }

    private static List<string> PathParameterNames(string path)
    {
        var names = new List<string>();
        var start = path.IndexOf('{');
        while (start >= 0)
        {
            var end = path.IndexOf('}', start);
            if (end < 0) break;
            names.Add(path.Substring(start + 1, end - start - 1));
            start = path.IndexOf('{', end);
        }
        return names;
    }

    private static string TrimJson(string path) => path.EndsWith(".json", StringComparison.Ordinal) ? path.Substring(0, path.Length - 5) : path;

    private static string Normalize(string path)
    {
        var trimmed = TrimJson(path);
        var builder = new System.Text.StringBuilder();
        var inParameter = false;
        foreach (var c in trimmed)
        {
            if (c == '{') { inParameter = true; builder.Append("{}"); }
            else if (c == '}') inParameter = false;
            else if (!inParameter) builder.Append(c);
        }
        return builder.ToString();
    }

    // A resource nests under another when its collection path continues the other's instance path
    // (/v1/TrustProducts/{Sid} → /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments) and it needs exactly
    // one more path parameter: the parent's client then offers it as ChannelEndpointAssignments(trustProductSid).
    private static List<ResourceModel> AttachParents(List<ResourceModel> resources)
    {
        var collection = resources.ToDictionary(r => r.Name, r => Normalize(CollectionPath(r)), StringComparer.Ordinal);
        var result = new List<ResourceModel>();
        foreach (var resource in resources)
        {
            ResourceModel? parent = null;
            foreach (var candidate in resources)
            {
                if (candidate == resource || candidate.ClientParameters.Count + 1 != resource.ClientParameters.Count) continue;
                if (!collection[resource.Name].StartsWith(collection[candidate.Name] + "/{}/", StringComparison.Ordinal)) continue;
                if (parent is null || collection[candidate.Name].Length > collection[parent.Name].Length) parent = candidate;
            }
            if (parent is null)
            {
                result.Add(resource);
                continue;
            }
            var shortName = resource.Name.StartsWith(parent.Name, StringComparison.Ordinal) && resource.Name.Length > parent.Name.Length
                ? resource.Name.Substring(parent.Name.Length)
                : resource.Name;
            result.Add(resource with { ParentName = parent.Name, AccessorName = Names.Plural(shortName) });
        }
        return result;
    }

    private static string CollectionPath(ResourceModel resource) =>
        resource.Operations.Select(o => o.PathTemplate).OrderBy(p => PathParameterNames(p).Count).ThenBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).First();
}
