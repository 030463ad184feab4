using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TrustHubGen.Runtime.Snapshots;

/// <summary>
/// A captured account snapshot, ready to be written as the JSON file the build reads (<c>trusthub.snapshot.json</c>,
/// format in <c>docs/snapshot.md</c>). It holds SIDs, names, statuses and phone numbers only: no credentials,
/// no end-user attribute values, no e-mail addresses. Everything is sorted, so a re-capture of an unchanged
/// account differs only in <c>capturedAt</c>.
/// </summary>
public sealed class AccountSnapshotDocument
{
    /// <summary>The snapshot format version written.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Friendly names are user text: keep "é" or "&" readable in a committed file rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly IReadOnlyList<CapturedProfile> _profiles;
    private readonly IReadOnlyList<CapturedNumber> _numbers;
    private readonly IReadOnlyList<CapturedTrustProduct> _trustProducts;

    internal AccountSnapshotDocument(string accountSid, DateTimeOffset capturedAt, IReadOnlyList<CapturedProfile> profiles,
        IReadOnlyList<CapturedNumber> numbers, IReadOnlyList<CapturedTrustProduct> trustProducts)
    {
        AccountSid = accountSid;
        // Whole seconds in UTC: the same instant always prints the same text.
        CapturedAt = new DateTimeOffset(capturedAt.UtcTicks - (capturedAt.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        _profiles = profiles;
        _numbers = numbers;
        _trustProducts = trustProducts;
    }

    /// <summary>The account (<c>AC…</c>) captured.</summary>
    public string AccountSid { get; }

    /// <summary>When the capture started, in UTC, to the second.</summary>
    public DateTimeOffset CapturedAt { get; }

    /// <summary>How many Business Profiles (customer-profile bundles) the account has.</summary>
    public int ProfileCount => _profiles.Count;

    /// <summary>How many incoming phone numbers the account has.</summary>
    public int NumberCount => _numbers.Count;

    /// <summary>How many trust products the account has.</summary>
    public int TrustProductCount => _trustProducts.Count;

    /// <summary>The snapshot as indented JSON text (LF line endings, trailing newline).</summary>
    public string ToJson()
    {
        using var text = new MemoryStream();
        WriteTo(text);
        return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    /// <summary>Writes the snapshot as UTF-8 JSON (no byte-order mark, LF line endings) to <paramref name="utf8Json"/>, leaving the stream open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void WriteTo(Stream utf8Json)
    {
        if (utf8Json is null) throw new ArgumentNullException(nameof(utf8Json));
        var file = new SnapshotFile(FormatVersion, AccountSid, CapturedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), _profiles, _numbers, _trustProducts);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, file, SnapshotJsonContext.Default.SnapshotFile);
        }
        buffer.WriteByte((byte)'\n');
        // The writer indents with Environment.NewLine (net8.0 has no JsonWriterOptions.NewLine); a committed file must not
        // change with the OS that captured it. Raw CR bytes occur only in those line breaks: JSON strings escape them.
        var bytes = buffer.GetBuffer();
        for (var i = 0; i < buffer.Length; i++)
        {
            if (bytes[i] != (byte)'\r') utf8Json.WriteByte(bytes[i]);
        }
    }
}
