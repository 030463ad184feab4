using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using Microsoft.OpenApi;
using TrustHubGen.Generator.Model;
using TrustHubGen.Generator.Naming;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.OpenApi;

/// <summary>Maps Microsoft.OpenApi's document into the generator's value-equal model.</summary>
internal sealed partial class ApiModelBuilder
{
    private const string DefaultServer = "https://api.twilio.com";
    private static readonly HashSet<string> PagingParameters = new(StringComparer.Ordinal) { "Page", "PageToken" };

    private readonly string _path;
    private readonly OpenApiDocument _document;
    private readonly HashSet<string> _selected;
    private readonly List<InputDiagnostic> _diagnostics;
    private readonly IDictionary<string, IOpenApiSchema> _schemas;
    private readonly Dictionary<string, string> _sidNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _recordSid = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SidTypeModel> _sids = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, EnumModel> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _schemaTypeNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);

    public ApiModelBuilder(string path, OpenApiDocument document, HashSet<string> selected, string sidNames, List<InputDiagnostic> diagnostics)
    {
        _path = path;
        _document = document;
        _selected = selected;
        _diagnostics = diagnostics;
        _schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        ParseSidNames(sidNames);
    }

    public ApiDocumentModel Build()
    {
        NameSchemas();
        foreach (var pair in _schemas.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!IsRecord(pair.Value)) continue;
            var record = RecordName(pair.Key);
            if (pair.Value.Properties is { } properties && properties.TryGetValue("sid", out var sid) && SidPatterns.Prefix(sid.Pattern) is { } prefix)
            {
                var name = _sidNames.TryGetValue(prefix, out var named) ? named : record + "Sid";
                _recordSid[record] = name;
                if (!_owners.TryGetValue(prefix, out var list)) _owners[prefix] = list = new List<string>();
                if (!list.Contains(name)) list.Add(name);
                Declare(name, prefix, record);
            }
        }

        var records = new List<RecordModel>();
        foreach (var pair in _schemas.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (IsEnum(pair.Value))
            {
                var name = EnumName(pair.Key);
                _enums[name] = new EnumModel(name, pair.Value.Description, EnumValues(pair.Value));
            }
            else if (IsRecord(pair.Value))
            {
                records.Add(BuildRecord(RecordName(pair.Key), pair.Value));
            }
        }

        var resources = BuildResources();
        // API 2010 nests everything under /Accounts/{AccountSid}: the root client then holds the account (ForSubaccount
        // swaps it), so client.IncomingPhoneNumbers works without repeating the account SID on every call.
        var hasAccountScope = resources.Any(IsAccountScoped);
        return new ApiDocumentModel(_path, DocumentName(_path), hasAccountScope,
            new EquatableArray<SidTypeModel>(_sids.Values), new EquatableArray<EnumModel>(_enums.Values),
            new EquatableArray<RecordModel>(records.OrderBy(r => r.Name, StringComparer.Ordinal)), new EquatableArray<ResourceModel>(resources));
    }

    public static bool IsAccountScoped(ResourceModel resource) =>
        resource.ClientParameters.Count == 1 && resource.ClientParameters[0].WireName == "AccountSid" && resource.ClientParameters[0].Type.Name == "AccountSid";

    /// <summary><c>twilio_trusthub_v1.json</c> → <c>TrustHub</c>; <c>twilio_api_v2010.json</c> → <c>Api2010</c>.</summary>
    public static string DocumentName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        if (stem.StartsWith("twilio_", StringComparison.OrdinalIgnoreCase)) stem = stem.Substring("twilio_".Length);
        var parts = stem.Split('_', '-', '.').Where(p => p.Length > 0 && !string.Equals(p, "v1", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Length > 1 && (p[0] == 'v' || p[0] == 'V') && p.Skip(1).All(char.IsDigit) ? p.Substring(1) : p);
        return Names.Pascal(string.Join("_", parts));
    }

    private RecordModel BuildRecord(string name, IOpenApiSchema schema)
    {
        var properties = new List<PropertyModel>();
        var used = new HashSet<string>(StringComparer.Ordinal) { "ReadJson", "WriteJson", "EqualityContract" };
        foreach (var property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var type = MapType(property.Value, property.Key, name, _recordSid.TryGetValue(name, out var self) ? self : null, forRequest: false);
            var propertyName = Names.Pascal(property.Key);
            if (propertyName == name) propertyName += "Value";
            propertyName = Names.Unique(used, propertyName);
            properties.Add(new PropertyModel(property.Key, propertyName, type, property.Value.Description, IsSensitive(property.Value)));
        }
        return new RecordModel(name, schema.Description, new EquatableArray<PropertyModel>(properties));
    }

    // Twilio marks what must not be shown, such as an account's auth_token, with x-twilio.pii.handling = "sensitive".
    private static bool IsSensitive(IOpenApiSchema schema) =>
        schema.Extensions is { } extensions
        && extensions.TryGetValue("x-twilio", out var twilio)
        && twilio is JsonNodeExtension { Node: System.Text.Json.Nodes.JsonObject node }
        && node["pii"] is System.Text.Json.Nodes.JsonObject pii
        && pii["handling"] is System.Text.Json.Nodes.JsonValue handling
        && handling.TryGetValue<string>(out var value)
        && value == "sensitive";

    private TypeRef MapType(IOpenApiSchema? schema, string fieldName, string owner, string? selfSid, bool forRequest)
    {
        if (schema is null) return TypeRef.Json;
        if (schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id && _schemas.TryGetValue(id, out var target))
        {
            if (IsEnum(target)) return new TypeRef(TypeKind.Enum, EnumName(id));
            if (IsRecord(target)) return new TypeRef(TypeKind.Record, RecordName(id));
            return TypeRef.Json;
        }
        var type = schema.Type ?? 0;
        if ((type & JsonSchemaType.Array) != 0)
        {
            var items = schema.Items;
            if (items is OpenApiSchemaReference itemRef && itemRef.Reference.Id is { } itemId && _schemas.TryGetValue(itemId, out var itemTarget))
            {
                if (IsRecord(itemTarget)) return new TypeRef(TypeKind.RecordArray, RecordName(itemId));
                if (IsEnum(itemTarget)) return new TypeRef(TypeKind.EnumArray, EnumName(itemId));
            }
            if (items?.Type is { } itemType && (itemType & JsonSchemaType.String) != 0 && (items.Enum is null || items.Enum.Count == 0))
                return new TypeRef(TypeKind.StringArray);
            return TypeRef.Json;
        }
        if ((type & JsonSchemaType.String) != 0)
        {
            if (schema.Enum is { Count: > 0 })
            {
                var enumName = owner + Names.Pascal(fieldName);
                if (_typeNames.Contains(enumName)) enumName += "Kind";
                if (!_enums.ContainsKey(enumName)) _enums[enumName] = new EnumModel(enumName, schema.Description, EnumValues(schema));
                return new TypeRef(TypeKind.Enum, enumName);
            }
            if (SidPatterns.IsAnySid(schema.Pattern)) return new TypeRef(TypeKind.AnySid);
            if (SidPatterns.Prefix(schema.Pattern) is { } prefix)
                return ResolveSid(prefix, fieldName, selfSid) is { } sidName ? new TypeRef(TypeKind.Sid, sidName) : new TypeRef(TypeKind.AnySid);
            return schema.Format switch
            {
                "date-time" => new TypeRef(TypeKind.DateTime),
                "date-time-rfc-2822" => new TypeRef(TypeKind.DateTimeRfc2822),
                "uri" => new TypeRef(TypeKind.Uri),
                _ => TypeRef.String,
            };
        }
        if ((type & JsonSchemaType.Integer) != 0) return new TypeRef(schema.Format == "int64" ? TypeKind.Int64 : TypeKind.Int32);
        if ((type & JsonSchemaType.Number) != 0) return new TypeRef(TypeKind.Decimal);
        if ((type & JsonSchemaType.Boolean) != 0) return new TypeRef(TypeKind.Boolean);
        if ((type & JsonSchemaType.Object) != 0 && schema.Format == "uri-map" && !forRequest) return new TypeRef(TypeKind.StringMap);
        return TypeRef.Json;
    }

    // Why this order: TrustHubGenSidNames wins (API 2010's PN is the PhoneNumberSid users know); a field named after
    // a resource takes that resource's type (trust_product_sid vs customer_profile_sid, both BU); a prefix owned by one
    // resource takes its type (owner_account_sid → AccountSid); an unowned prefix names a new type (address_sid).
    private string? ResolveSid(string prefix, string fieldName, string? selfSid)
    {
        if (_sidNames.TryGetValue(prefix, out var named)) return Declare(named, prefix, null);
        var bare = string.Equals(fieldName, "sid", StringComparison.OrdinalIgnoreCase);
        if (bare && selfSid is not null && _sids.TryGetValue(selfSid, out var own) && own.Prefix == prefix) return selfSid;
        var candidate = bare ? null : Names.Pascal(fieldName.EndsWith("Sid", StringComparison.Ordinal) ? fieldName.Substring(0, fieldName.Length - 3) : fieldName.EndsWith("_sid", StringComparison.Ordinal) ? fieldName.Substring(0, fieldName.Length - 4) : fieldName) + "Sid";
        _owners.TryGetValue(prefix, out var owners);
        if (candidate is not null && owners is not null && owners.Contains(candidate)) return candidate;
        if (owners is { Count: 1 }) return owners[0];
        // Several resources share the prefix and the name matches none (primary_profile_sid, BU): any of them may
        // be meant, so the field takes TwilioSid, which every typed SID converts to.
        if (owners is { Count: > 1 }) return null;
        return candidate is null ? null : Declare(candidate, prefix, null);
    }

    private string? Declare(string name, string prefix, string? resource)
    {
        if (_sids.TryGetValue(name, out var existing)) return existing.Prefix == prefix ? name : null;
        var description = resource is null
            ? $"The SID of a {Names.Pascal(name.Substring(0, name.Length - 3))} (\"{prefix}\" followed by 32 hex digits)."
            : $"The SID of a {resource} resource (\"{prefix}\" followed by 32 hex digits).";
        _sids[name] = new SidTypeModel(name, prefix, description);
        return name;
    }

    private void ParseSidNames(string text)
    {
        foreach (var entry in text.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split('=');
            var prefix = parts[0].Trim();
            var name = parts.Length == 2 ? parts[1].Trim() : string.Empty;
            if (parts.Length != 2 || prefix.Length != 2 || !prefix.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
                || !name.EndsWith("Sid", StringComparison.Ordinal) || !Names.IsValidNamespace(name) || name.Contains('.'))
            {
                _diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.InvalidSidNames, _path, 0, 0, entry, Path.GetFileName(_path)));
                continue;
            }
            _sidNames[prefix] = name;
        }
    }

    private static bool IsEnum(IOpenApiSchema schema) => schema.Enum is { Count: > 0 } && ((schema.Type ?? 0) & JsonSchemaType.String) != 0;

    private static bool IsRecord(IOpenApiSchema schema) => !IsEnum(schema) && (schema.Properties is { Count: > 0 } || ((schema.Type ?? 0) & JsonSchemaType.Object) != 0);

    private static EquatableArray<string> EnumValues(IOpenApiSchema schema) =>
        new(schema.Enum!.Where(v => v is not null).Select(v => v!.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()).Distinct(StringComparer.Ordinal));

    /// <summary><c>trusthub.v1.policies</c> → <c>Policy</c>; <c>api.v2010.account.incoming_phone_number</c> → <c>IncomingPhoneNumber</c>.</summary>
    public string RecordName(string schemaName) => _schemaTypeNames.TryGetValue(schemaName, out var name) ? name : BaseRecordName(schemaName);

    /// <summary><c>trust_product_enum_status</c> → <c>TrustProductStatus</c> (<c>…Kind</c> when a record has that name: API 2010's call_enum_event).</summary>
    public string EnumName(string schemaName) => _schemaTypeNames.TryGetValue(schemaName, out var name) ? name : BaseEnumName(schemaName);

    // Type names are fixed once per document, so two schemas never share one (API 2010 has a call_event record and a
    // call_enum_event enum): records keep theirs, a clashing enum gets "Kind", a clashing record a number.
    private void NameSchemas()
    {
        foreach (var pair in _schemas.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => IsRecord(p.Value)))
            _schemaTypeNames[pair.Key] = Names.Unique(_typeNames, BaseRecordName(pair.Key));
        foreach (var pair in _schemas.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => IsEnum(p.Value)))
        {
            var name = BaseEnumName(pair.Key);
            _schemaTypeNames[pair.Key] = Names.Unique(_typeNames, _typeNames.Contains(name) ? name + "Kind" : name);
        }
    }

    private static string BaseRecordName(string schemaName)
    {
        var dot = schemaName.LastIndexOf('.');
        return Names.Singular(Names.Pascal(dot < 0 ? schemaName : schemaName.Substring(dot + 1)));
    }

    /// <summary><c>trust_product_enum_status</c> → <c>TrustProductStatus</c>.</summary>
    private static string BaseEnumName(string schemaName) => Names.Pascal(schemaName.Replace("_enum_", "_"));
}
