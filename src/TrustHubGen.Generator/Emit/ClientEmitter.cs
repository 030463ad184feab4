using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Generator.Model;

namespace TrustHubGen.Generator.Emit;

/// <summary>Emits a client per resource and the document's root client.</summary>
internal static class ClientEmitter
{
    private const string R = TypeNames.Runtime;
    private const string Ct = "global::System.Threading.CancellationToken cancellationToken = default";

    public static string Emit(string ns, string access, ApiDocumentModel document)
    {
        var w = FileHeader.Start(ns, access);
        EmitRoot(w, document, ns);
        foreach (var resource in document.Resources)
        {
            w.Line();
            EmitResource(w, resource, document.Resources.Where(r => r.ParentName == resource.Name).ToList(), ns);
        }
        return w.ToString();
    }

    private static void EmitRoot(SourceWriter w, ApiDocumentModel document, string ns)
    {
        var n = document.Name + "Client";
        var account = document.HasAccountScope;
        w.Summary($"The entry point of the {document.Name} API: one property or method per top-level resource. " +
                  "Create it once over an ITwilioTransport (such as TwilioHttpTransport); it holds no other state.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} sealed class {n}");
        w.Line($"private readonly {R}ITwilioTransport _transport;");
        w.Line("private readonly string? _subaccountSid;");
        if (account) w.Line("private readonly AccountSid _accountSid;");
        w.Line();
        if (account)
        {
            w.Line("/// <summary>Creates the client for calls on behalf of <paramref name=\"accountSid\"/> (the account in the credentials).</summary>");
            w.Line($"public {n}({R}ITwilioTransport transport, AccountSid accountSid)");
            w.Line("    : this(transport ?? throw new global::System.ArgumentNullException(nameof(transport)), null, accountSid)");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Open($"private {n}({R}ITwilioTransport transport, string? subaccountSid, AccountSid accountSid)");
            w.Line("_transport = transport;");
            w.Line("_subaccountSid = subaccountSid;");
            w.Line("_accountSid = accountSid;");
            w.Close();
        }
        else
        {
            w.Line("/// <summary>Creates the client over <paramref name=\"transport\"/>.</summary>");
            w.Line($"public {n}({R}ITwilioTransport transport)");
            w.Line("    : this(transport ?? throw new global::System.ArgumentNullException(nameof(transport)), null)");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Open($"private {n}({R}ITwilioTransport transport, string? subaccountSid)");
            w.Line("_transport = transport;");
            w.Line("_subaccountSid = subaccountSid;");
            w.Close();
        }
        w.Line();
        w.Line("/// <summary>The same client acting for a subaccount: every request carries <paramref name=\"subaccountSid\"/>.</summary>");
        w.Line($"public {n} ForSubaccount(AccountSid subaccountSid) => new(_transport, subaccountSid.Value{(account ? ", subaccountSid" : "")});");
        foreach (var resource in document.Resources.Where(r => r.ParentName is null || (account && OpenApi.ApiModelBuilder.IsAccountScoped(r))))
        {
            w.Line();
            var parameters = resource.ClientParameters;
            if (parameters.Count == 0)
            {
                w.Line($"/// <summary>The {resource.Name} resources.</summary>");
                w.Line($"public {resource.ClientName} {resource.AccessorName} => new(_transport, _subaccountSid);");
            }
            else if (account && OpenApi.ApiModelBuilder.IsAccountScoped(resource))
            {
                w.Line($"/// <summary>The {resource.Name} resources of the client's account (or subaccount).</summary>");
                w.Line($"public {resource.ClientName} {resource.AccessorName} => new(_transport, _subaccountSid, _accountSid);");
            }
            else
            {
                w.Line($"/// <summary>The {resource.Name} resources under the given parent.</summary>");
                foreach (var p in parameters) w.Doc("param", string.IsNullOrWhiteSpace(p.Description) ? p.WireName : p.Description, $"name=\"{p.Name.TrimStart('@')}\"");
                w.Line($"public {resource.ClientName} {resource.AccessorName}({string.Join(", ", parameters.Select(p => Declare(p, ns)))}) => new(_transport, _subaccountSid, {string.Join(", ", parameters.Select(p => p.Name))});");
            }
        }
        w.Close();
    }

    private static void EmitResource(SourceWriter w, ResourceModel resource, List<ResourceModel> children, string ns)
    {
        var n = resource.ClientName;
        w.Summary($"Calls the {resource.Name} operations.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} sealed class {n}");
        w.Line($"private readonly {R}ITwilioTransport _transport;");
        w.Line("private readonly string? _subaccountSid;");
        foreach (var p in resource.ClientParameters) w.Line($"private readonly {ParameterType(p, ns)} {Field(p)};");
        w.Line();
        var ctorParameters = string.Join("", resource.ClientParameters.Select(p => ", " + Declare(p, ns)));
        w.Open($"internal {n}({R}ITwilioTransport transport, string? subaccountSid{ctorParameters})");
        w.Line("_transport = transport;");
        w.Line("_subaccountSid = subaccountSid;");
        foreach (var p in resource.ClientParameters) w.Line($"{Field(p)} = {p.Name};");
        w.Close();
        foreach (var operation in resource.Operations)
        {
            w.Line();
            EmitOperation(w, resource, operation, ns);
        }
        foreach (var child in children)
        {
            w.Line();
            var last = child.ClientParameters[child.ClientParameters.Count - 1];
            var arguments = resource.ClientParameters.Select(Field).Concat(new[] { last.Name });
            w.Line($"/// <summary>The {child.Name} resources of one {resource.Name}.</summary>");
            w.Doc("param", string.IsNullOrWhiteSpace(last.Description) ? last.WireName : last.Description, $"name=\"{last.Name.TrimStart('@')}\"");
            w.Line($"public {child.ClientName} {child.AccessorName}({Declare(last, ns)}) => new(_transport, _subaccountSid, {string.Join(", ", arguments)});");
        }
        w.Close();
    }

    private static void EmitOperation(SourceWriter w, ResourceModel resource, OperationModel operation, string ns)
    {
        var parameters = operation.PathParameters.Select(p => Declare(p, ns)).ToList();
        var hasRequest = operation.RequestTypeName is not null;
        var requestRequired = hasRequest && RequestEmitter.HasRequired(operation);
        if (hasRequest) parameters.Add(requestRequired ? $"{operation.RequestTypeName} request" : $"{operation.RequestTypeName}? request = null");
        parameters.Add(Ct);

        w.Summary(operation.Description, operation.OperationId);
        foreach (var p in operation.PathParameters) w.Doc("param", string.IsNullOrWhiteSpace(p.Description) ? p.WireName : p.Description, $"name=\"{p.Name.TrimStart('@')}\"");
        if (hasRequest) w.Doc("param", "The parameters; unset optional ones are not sent.", "name=\"request\"");
        w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        // What every call can throw, where IntelliSense shows it: the runtime's one base for a failed call to Twilio.
        w.Line($"/// <exception cref=\"{R}TwilioCallException\">The call failed, after the transport's retries: Twilio answered with an error " +
            $"(<see cref=\"{R}TwilioApiException\"/>), the answer cannot be Twilio's (<see cref=\"{R}TwilioInvalidResponseException\"/>) or none came " +
            $"(<see cref=\"{R}TwilioNoAnswerException\"/>).</exception>");
        var record = operation.ResponseRecord;
        if (operation.Verb == OperationVerb.List && operation.ItemsKey is not null && record is not null)
        {
            w.Line($"/// <returns>Every item, fetching pages as the sequence is enumerated.</returns>");
            w.Open($"public global::System.Collections.Generic.IAsyncEnumerable<{record}> {operation.MethodName}({string.Join(", ", parameters)})");
            WriteRequest(w, resource, operation, hasRequest, requestRequired);
            w.Line($"return {R}TwilioPaging.ListAsync<{record}>(_transport, twilioRequest, {SourceWriter.Literal(operation.ItemsKey)}, {record}.ReadJson, cancellationToken);");
            w.Close();
            return;
        }

        var returns = record is null || operation.Verb == OperationVerb.Delete ? "global::System.Threading.Tasks.Task" : $"global::System.Threading.Tasks.Task<{record}>";
        w.Open($"public async {returns} {operation.MethodName}({string.Join(", ", parameters)})");
        WriteRequest(w, resource, operation, hasRequest, requestRequired);
        if (returns.EndsWith(">", System.StringComparison.Ordinal))
        {
            w.Line("var response = await _transport.SendAsync(twilioRequest, cancellationToken).ConfigureAwait(false);");
            w.Line($"return {R}TwilioJson.Parse<{record}>(twilioRequest, response, {record}.ReadJson);");
        }
        else
        {
            w.Line("await _transport.SendAsync(twilioRequest, cancellationToken).ConfigureAwait(false);");
        }
        w.Close();
    }

    private static void WriteRequest(SourceWriter w, ResourceModel resource, OperationModel operation, bool hasRequest, bool requestRequired)
    {
        if (requestRequired) w.Line("if (request is null) throw new global::System.ArgumentNullException(nameof(request));");
        foreach (var p in operation.PathParameters.Where(p => p.Type.Kind == TypeKind.String))
            w.Line($"if (string.IsNullOrWhiteSpace({p.Name})) throw new global::System.ArgumentException(\"{p.Name.TrimStart('@')} must not be empty or blank.\", nameof({p.Name}));");
        var method = "global::System.Net.Http.HttpMethod." + Capitalize(operation.HttpMethod);
        w.Line($"var twilioRequest = new {R}TwilioRequest({method}, {SourceWriter.Literal(operation.ServerUrl)}, {PathExpression(resource, operation)})");
        w.Line("{");
        w.Line("    SubaccountSid = _subaccountSid,");
        w.Line("};");
        var sendsForm = operation.HttpMethod is "POST" or "PUT" or "PATCH";
        if (sendsForm) w.Line($"twilioRequest.Form = new {R}TwilioParameters();");
        if (hasRequest)
        {
            var access = requestRequired ? "request." : "request?.";
            if (operation.QueryFields.Count > 0) w.Line($"{access}WriteQuery(twilioRequest.Query);");
            if (operation.FormFields.Count > 0 && sendsForm) w.Line($"{access}WriteForm(twilioRequest.Form);");
        }
    }

    private static string PathExpression(ResourceModel resource, OperationModel operation)
    {
        var parts = new List<string>();
        var template = operation.PathTemplate;
        var index = 0;
        while (index < template.Length)
        {
            var open = template.IndexOf('{', index);
            if (open < 0)
            {
                parts.Add(SourceWriter.Literal(template.Substring(index)));
                break;
            }
            if (open > index) parts.Add(SourceWriter.Literal(template.Substring(index, open - index)));
            var close = template.IndexOf('}', open);
            var wire = template.Substring(open + 1, close - open - 1);
            var clientParameter = resource.ClientParameters.FirstOrDefault(p => p.WireName == wire);
            var parameter = clientParameter ?? operation.PathParameters.First(p => p.WireName == wire);
            var expression = clientParameter is null ? parameter.Name : Field(parameter);
            parts.Add($"global::System.Uri.EscapeDataString({ValueOf(parameter, expression)})");
            index = close + 1;
        }
        return string.Join(" + ", parts);
    }

    private static string ValueOf(ParameterModel parameter, string expression) => parameter.Type.Kind switch
    {
        TypeKind.String => expression,
        TypeKind.Sid or TypeKind.AnySid or TypeKind.Enum => expression + ".Value",
        _ => $"global::System.Convert.ToString({expression}, global::System.Globalization.CultureInfo.InvariantCulture)!",
    };

    private static string ParameterType(ParameterModel p, string ns) => TypeNames.Of(p.Type, forRequest: true, ns);

    private static string Declare(ParameterModel p, string ns) => ParameterType(p, ns) + " " + p.Name;

    private static string Field(ParameterModel p) => "_" + p.Name.TrimStart('@');

    private static string Capitalize(string method) => method.Length == 0 ? method : method.Substring(0, 1) + method.Substring(1).ToLowerInvariant();
}
