using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Model;

// The generator's own value-equal view of an OpenAPI document. The parse step maps Microsoft.OpenApi's object model
// into these records and drops it, so the incremental pipeline caches by value and never holds the OpenAPI graph.

/// <summary>What the generator needs of one OpenAPI document (after the selection was applied).</summary>
internal sealed record ApiDocumentModel(
    string Path,
    string Name,
    bool HasAccountScope,
    EquatableArray<SidTypeModel> Sids,
    EquatableArray<EnumModel> Enums,
    EquatableArray<RecordModel> Records,
    EquatableArray<ResourceModel> Resources);

/// <summary>A typed SID: <c>TrustProductSid</c> with prefix <c>BU</c>.</summary>
internal sealed record SidTypeModel(string Name, string Prefix, string Description);

/// <summary>A string enum with its wire values.</summary>
internal sealed record EnumModel(string Name, string? Description, EquatableArray<string> Values);

/// <summary>A response schema.</summary>
internal sealed record RecordModel(string Name, string? Description, EquatableArray<PropertyModel> Properties);

/// <summary>A property of a response schema; <paramref name="Sensitive"/> when the spec marks it so (an account's auth token).</summary>
internal sealed record PropertyModel(string JsonName, string Name, TypeRef Type, string? Description, bool Sensitive = false);

/// <summary>The C# shape of a schema.</summary>
internal sealed record TypeRef(TypeKind Kind, string? Name = null)
{
    public static readonly TypeRef String = new(TypeKind.String);
    public static readonly TypeRef Json = new(TypeKind.Json);
}

internal enum TypeKind
{
    String,
    Int32,
    Int64,
    Decimal,
    Boolean,
    DateTime,
    DateTimeRfc2822,
    Uri,
    /// <summary>A generated SID type (<see cref="TypeRef.Name"/>).</summary>
    Sid,
    /// <summary><c>TwilioSid</c>: a SID of any resource.</summary>
    AnySid,
    /// <summary>A generated enum (<see cref="TypeRef.Name"/>).</summary>
    Enum,
    /// <summary>A generated record (<see cref="TypeRef.Name"/>).</summary>
    Record,
    RecordArray,
    StringArray,
    EnumArray,
    StringMap,
    /// <summary>Untyped JSON: <c>JsonElement</c> in models, <c>TwilioJsonValue</c> in requests.</summary>
    Json,
}

/// <summary>A resource and its client: the operations that return one schema.</summary>
internal sealed record ResourceModel(
    string Name,
    string ClientName,
    string AccessorName,
    string RecordName,
    string? ParentName,
    EquatableArray<ParameterModel> ClientParameters,
    EquatableArray<OperationModel> Operations);

/// <summary>A path parameter.</summary>
internal sealed record ParameterModel(string WireName, string Name, TypeRef Type, string? Description);

/// <summary>One operation of a resource client.</summary>
internal sealed record OperationModel(
    string OperationId,
    OperationVerb Verb,
    string MethodName,
    string HttpMethod,
    string ServerUrl,
    string PathTemplate,
    string? Description,
    EquatableArray<ParameterModel> PathParameters,
    string? RequestTypeName,
    EquatableArray<FieldModel> QueryFields,
    EquatableArray<FieldModel> FormFields,
    string? ResponseRecord,
    string? ItemsKey);

internal enum OperationVerb
{
    Create,
    Fetch,
    Update,
    Delete,
    List,
    Other,
}

/// <summary>A query parameter or form field of a request type.</summary>
internal sealed record FieldModel(string WireName, string Name, TypeRef Type, bool Required, string? Description);
