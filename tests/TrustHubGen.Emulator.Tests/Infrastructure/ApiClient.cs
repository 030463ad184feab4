using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TrustHubGen.Emulator.Tests.Infrastructure;

/// <summary>One HTTP answer: status, parsed JSON body (if any) and headers.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Message)
{
    public int Code => Json.GetProperty("code").GetInt32();

    public string Str(string name) => Json.GetProperty(name).GetString()!;

    public override string ToString() => $"{(int)Status} {Json}";
}

/// <summary>A raw HTTP client for the emulator (form posts, Basic auth), so tests see exactly what goes over the wire.</summary>
internal sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(Uri baseAddress, string? user, string? password, HttpMessageHandler? handler = null)
    {
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.BaseAddress = baseAddress;
        if (user is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }
    }

    public Task<ApiResponse> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<ApiResponse> DeleteAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Delete, path));

    public Task<ApiResponse> PostAsync(string path, params (string Name, string Value)[] form) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))) });

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        return new ApiResponse(response.StatusCode, json, response);
    }

    public void Dispose() => _http.Dispose();
}
