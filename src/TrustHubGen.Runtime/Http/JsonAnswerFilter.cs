using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime;

/// <summary>
/// Reads a 2xx JSON answer as it streams in and keeps all of it except the items of the arrays at one path, which pass by
/// without being kept (the array stays, empty). For answers that grow with something the caller does not read: an
/// evaluation of a trust product lists what passed under each requirement's <c>valid</c>, which for a product holding a
/// million numbers could be a million entries, while the engine reads only the status and the <c>invalid</c> items.
/// <see cref="TwilioClientOptions.MaxResponseBytes"/> then bounds what is kept, not what passes by. The answer is checked
/// to be JSON on the way (a proxy's HTML page is the same <see cref="TwilioInvalidResponseException"/> as elsewhere).
/// </summary>
internal sealed class JsonAnswerFilter
{
    private const int FirstBufferBytes = 16 * 1024;
    private const int MaxDepth = 64;
    private const string AnyItem = "*";
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly string[] _path;

    /// <summary>A filter dropping the items of the array at <paramref name="path"/>: property names, <c>*</c> for any item of an array.</summary>
    public JsonAnswerFilter(params string[] path)
    {
        if (path is null || path.Length == 0 || path.Length >= MaxDepth) throw new ArgumentException("A path of 1 to 63 segments is needed.", nameof(path));
        _path = path;
    }

    /// <summary>An evaluation (<c>POST …/Evaluations</c>) without the entries of what passed: <c>results[*].valid</c>.</summary>
    public static JsonAnswerFilter EvaluationValidItems { get; } = new("results", AnyItem, "valid");

    /// <summary>Reads <paramref name="content"/> to its end, keeping at most <paramref name="maxKept"/> bytes of the filtered JSON.</summary>
    /// <exception cref="TwilioInvalidResponseException">The answer is not JSON, or what is kept is larger than <paramref name="maxKept"/>.</exception>
    public async Task<byte[]> ReadAsync(HttpContent content, long maxKept, string request, int status, CancellationToken cancellationToken)
    {
        var contentType = content.Headers.ContentType?.ToString();
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var run = new Run(this, maxKept, request, status, contentType);
        var buffer = ArrayPool<byte>.Shared.Rent(FirstBufferBytes);
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    // One token larger than the buffer (a long string): grow, but never hold more than the limit for one value.
                    if (buffer.Length >= Math.Max(maxKept, FirstBufferBytes)) throw ResponseBody.TooLarge(request, maxKept, contentType, " (one value of it)");
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                run.Arrived(buffer.AsSpan(filled, read));
                filled += read;
                var final = read == 0;
                int consumed;
                try
                {
                    consumed = run.Feed(buffer.AsSpan(0, filled), final);
                }
                catch (JsonException e)
                {
                    // Quote as much of the start as an error quotes anywhere, though the reader stopped at its first byte.
                    int more;
                    while (!run.HasWholeStart && (more = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0) run.Arrived(buffer.AsSpan(0, more));
                    throw run.NotJson(e);
                }
                if (final) break;
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                filled -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return run.Result();
    }

    /// <summary>The same filter over a body already read whole (a transport that cannot stream, such as a client library's).</summary>
    /// <exception cref="TwilioInvalidResponseException">The body is not JSON.</exception>
    public byte[] Apply(ReadOnlySpan<byte> body, string request, int status, string? contentType)
    {
        var run = new Run(this, long.MaxValue, request, status, contentType);
        run.Arrived(body);
        try
        {
            run.Feed(body, final: true);
        }
        catch (JsonException e)
        {
            throw run.NotJson(e);
        }
        return run.Result();
    }

    /// <summary>One answer's filtering: the reader's state between chunks and the kept JSON.</summary>
    private sealed class Run
    {
        private readonly string[] _path;
        private readonly long _maxKept;
        private readonly string _request;
        private readonly int _status;
        private readonly string? _contentType;
        private readonly ArrayBufferWriter<byte> _kept = new();
        private readonly Utf8JsonWriter _writer;
        private readonly bool[] _onPath = new bool[MaxDepth + 2];     // the value at this depth is where the path leads so far
        private readonly bool[] _inArray = new bool[MaxDepth + 2];    // the container holding the values at this depth is an array
        private readonly byte[] _start = new byte[JsonBodyCheck.ExcerptBytes];
        private int _startLength;
        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = MaxDepth });
        private bool _anyToken;
        private int _skipDepth = -1;                                  // inside a dropped array: its depth

        public Run(JsonAnswerFilter filter, long maxKept, string request, int status, string? contentType)
        {
            _path = filter._path;
            _maxKept = maxKept;
            _request = request;
            _status = status;
            _contentType = contentType;
            _writer = new Utf8JsonWriter(_kept, WriterOptions);
            _onPath[0] = true;
        }

        /// <summary>Bytes as they arrive: the start of the answer is kept for an error's quote.</summary>
        public void Arrived(ReadOnlySpan<byte> fresh)
        {
            if (_startLength == _start.Length) return;
            var more = Math.Min(_start.Length - _startLength, fresh.Length);
            fresh.Slice(0, more).CopyTo(_start.AsSpan(_startLength));
            _startLength += more;
        }

        /// <summary>Reads the complete tokens of <paramref name="data"/>; returns how many bytes were used (the rest comes again with more).</summary>
        /// <exception cref="JsonException">The answer is not JSON.</exception>
        public int Feed(ReadOnlySpan<byte> data, bool final)
        {
            if (final && !_anyToken && JsonBodyCheck.IsBlank(data)) return data.Length;   // an empty answer (204) is kept empty
            var reader = new Utf8JsonReader(data, final, _state);
            while (reader.Read()) Copy(ref reader);
            _state = reader.CurrentState;
            _writer.Flush();
            if (_kept.WrittenCount > _maxKept) throw ResponseBody.TooLarge(_request, _maxKept, _contentType, " (the part of it the caller reads)");
            return (int)reader.BytesConsumed;
        }

        public bool HasWholeStart => _startLength == _start.Length;

        public TwilioInvalidResponseException NotJson(JsonException error) =>
            JsonBodyCheck.NotJson(_start.AsSpan(0, _startLength), _status, _contentType, _request, error);

        public byte[] Result()
        {
            _writer.Flush();
            return _kept.WrittenSpan.ToArray();
        }

        private void Copy(ref Utf8JsonReader reader)
        {
            _anyToken = true;
            var depth = reader.CurrentDepth;
            if (_skipDepth >= 0)
            {
                if (reader.TokenType == JsonTokenType.EndArray && depth == _skipDepth)
                {
                    _skipDepth = -1;
                    _writer.WriteEndArray();
                }
                return;
            }
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    _writer.WriteStartObject();
                    Entered(depth, array: false);
                    break;
                case JsonTokenType.StartArray:
                    _writer.WriteStartArray();
                    Entered(depth, array: true);
                    if (_onPath[depth] && depth == _path.Length) _skipDepth = depth;
                    break;
                case JsonTokenType.EndObject:
                    _writer.WriteEndObject();
                    break;
                case JsonTokenType.EndArray:
                    _writer.WriteEndArray();
                    break;
                case JsonTokenType.PropertyName:
                    // A property's name and value are both at the depth inside its object.
                    _onPath[depth] = _onPath[depth - 1] && depth <= _path.Length && _path[depth - 1] != AnyItem && reader.ValueTextEquals(_path[depth - 1]);
                    if (reader.ValueIsEscaped) _writer.WritePropertyName(reader.GetString()!);
                    else _writer.WritePropertyName(reader.ValueSpan);
                    break;
                case JsonTokenType.String:
                    if (reader.ValueIsEscaped) _writer.WriteStringValue(reader.GetString());
                    else _writer.WriteStringValue(reader.ValueSpan);
                    break;
                case JsonTokenType.Number:
                    _writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                    break;
                case JsonTokenType.True:
                    _writer.WriteBooleanValue(true);
                    break;
                case JsonTokenType.False:
                    _writer.WriteBooleanValue(false);
                    break;
                case JsonTokenType.Null:
                    _writer.WriteNullValue();
                    break;
            }
        }

        // A container opened at `depth`: as an array's item it is on the path where the path says "*"; as a property's value
        // the property name already decided. The values inside it are at depth + 1.
        private void Entered(int depth, bool array)
        {
            if (depth > 0 && _inArray[depth]) _onPath[depth] = _onPath[depth - 1] && depth <= _path.Length && _path[depth - 1] == AnyItem;
            _inArray[depth + 1] = array;
        }
    }
}
