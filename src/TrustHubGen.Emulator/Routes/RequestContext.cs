using Microsoft.AspNetCore.Http;
using TrustHubGen.Emulator.Review;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>What a route handler gets: the authenticated (acting) account, route arguments and the form.</summary>
internal sealed class RequestContext
{
    public required HttpContext Http { get; init; }
    public required EmulatorState State { get; init; }
    public required ReviewSimulator Review { get; init; }
    public required AccountState Account { get; init; }

    /// <summary>The emulator's own origin, for absolute <c>url</c> and <c>links</c>.</summary>
    public required string BaseUrl { get; init; }
    public required string[] Args { get; init; }
    public IFormCollection? Form { get; init; }

    public string Path => Http.Request.Path.Value ?? "/";

    public IQueryCollection Query => Http.Request.Query;

    /// <summary>
    /// An optional parameter. A body of another content type (JSON, say) is refused rather than read as no parameters:
    /// an update takes only optional ones, so it would answer 200 having changed nothing.
    /// </summary>
    public string? Optional(string name)
    {
        if (UnreadableContentType is { } contentType)
        {
            throw new ApiException(400, ErrorCodes.UnreadableBody,
                $"Parameter {name} cannot be read: the body is {contentType}, and {FormOnly}.");
        }

        if (Form is null || !Form.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        return values[^1];
    }

    /// <summary>Missing is 20001, also when the body is of another content type, which the message names as the usual cause.</summary>
    public string Required(string name)
    {
        if (UnreadableContentType is { } contentType)
        {
            throw new ApiException(400, ErrorCodes.MissingParameter,
                $"Missing required parameter {name} in the post body: the body is {contentType}, and {FormOnly}.");
        }

        var value = Optional(name);
        return string.IsNullOrEmpty(value) ? throw ApiException.Missing(name) : value;
    }

    private const string FormOnly = "Twilio reads parameters only from application/x-www-form-urlencoded (or multipart/form-data) bodies";

    /// <summary>The content type of a body that is not a form, which no parameter can be read from.</summary>
    private string? UnreadableContentType => Form is null && Http.Request.ContentType is { Length: > 0 } contentType ? contentType : null;

    /// <summary>A required SID parameter: missing is 20001, malformed names the pattern it breaks.</summary>
    public string RequiredSid(string name, string? prefix)
    {
        var value = Required(name);
        if (!Sids.IsSid(value, prefix))
        {
            var expected = prefix is null ? "two letters and 32 hex digits" : $"{prefix} followed by 32 hex digits";
            throw ApiException.Invalid(name, $"\"{value}\" is not a SID ({expected}, 34 characters).");
        }

        return value;
    }

    /// <summary>An optional StatusCallback: an absolute http(s) URL.</summary>
    public string? OptionalCallbackUrl(string name)
    {
        var value = Optional(name);
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw ApiException.Invalid(name, $"\"{value}\" is not an absolute http or https URL.");
        }

        return value;
    }

    /// <summary>An optional query filter, trimmed of nothing: Twilio matches filters exactly.</summary>
    public string? QueryValue(string name)
    {
        var raw = Query[name].ToString();
        return raw.Length == 0 ? null : raw;
    }
}
