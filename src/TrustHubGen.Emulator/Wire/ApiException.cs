namespace TrustHubGen.Emulator.Wire;

/// <summary>A request the emulator refuses; turned into Twilio's error body by the router.</summary>
internal sealed class ApiException(int status, int code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public int Code { get; } = code;

    /// <summary>Seconds for a <c>Retry-After</c> header, when the refusal is a 429.</summary>
    public int? RetryAfterSeconds { get; init; }

    public static ApiException NotFound(string path) =>
        new(404, ErrorCodes.NotFound, $"The requested resource {path} was not found");

    public static ApiException Missing(string parameter) =>
        new(400, ErrorCodes.MissingParameter, $"Missing required parameter {parameter} in the post body");

    public static ApiException Invalid(string parameter, string problem) =>
        new(400, ErrorCodes.InvalidParameter, $"Invalid parameter {parameter}: {problem}");
}
