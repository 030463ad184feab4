using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TrustHubGen.Testing;

/// <summary>
/// A deterministic account snapshot shaped like an ISV's, in the format <c>trusthub sync</c> writes (indented, sorted):
/// one Primary Business Profile, then one customer per 20 numbers, each with a Secondary Business Profile holding its
/// numbers, a SHAKEN/STIR product with all of them and a CNAM product with its local ones. Every 25th number is
/// toll-free; every 5th has a friendly name with letters, the rest Twilio's default "(212) 200-0001".
/// At 100,000 numbers: 5,001 profiles, 10,000 trust products, about 36 MB.
/// </summary>
public static class IsvSnapshot
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string CapturedAt = "2026-12-01T00:00:00Z";
    public const string PrimaryProfilePolicy = "RN6433641899984f951173ef1738c3bdd0";
    public const string SecondaryProfilePolicy = "RNdfbf3fae0e1107f8aded0e7cead80bf5";
    public const string ShakenStirPolicy = "RN7a97559effdf62d00f4298208492a5ea";
    public const string CnamPolicy = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    public const int NumbersPerCustomer = 20;

    private static readonly int[] AreaCodes = [212, 415, 646, 718, 312, 305, 617, 206, 303, 512];

    public static string PrimaryProfile => "BU" + Hex('e', 0);

    public static string NumberSid(int index) => "PN" + Hex('a', index);

    public static string CustomerProfile(int customer) => "BU" + Hex('b', customer);

    public static string ShakenStirProduct(int customer) => "BU" + Hex('c', customer);

    public static string CnamProduct(int customer) => "BU" + Hex('d', customer);

    public static int Customers(int numbers) => Math.Max(1, numbers / NumbersPerCustomer);

    /// <summary>The customer whose profile holds number <paramref name="index"/>.</summary>
    public static int CustomerOf(int index, int numbers) => Math.Min(index / NumbersPerCustomer, Customers(numbers) - 1);

    public static bool IsTollFree(int index) => index % 25 == 24;

    /// <summary>Number <paramref name="index"/> in E.164: local US numbers over ten area codes, and toll-free +1 800 ones.</summary>
    public static string PhoneNumber(int index)
    {
        if (IsTollFree(index))
        {
            var k = index / 25;
            return string.Create(CultureInfo.InvariantCulture, $"+1800{200 + k / 10000:000}{k % 10000:0000}");
        }
        var j = index / 10;
        return string.Create(CultureInfo.InvariantCulture, $"+1{AreaCodes[index % 10]}{200 + j / 10000:000}{j % 10000:0000}");
    }

    /// <summary>The snapshot text for <paramref name="numbers"/> numbers.</summary>
    public static string Json(int numbers)
    {
        using var stream = new MemoryStream();
        Write(stream, numbers);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the snapshot for <paramref name="numbers"/> numbers as UTF-8 to <paramref name="utf8"/>.</summary>
    public static void Write(Stream utf8, int numbers)
    {
        var customers = Customers(numbers);
        var numbersOf = Enumerable.Range(0, customers).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < numbers; i++) numbersOf[CustomerOf(i, numbers)].Add(i);

        using var writer = new Utf8JsonWriter(utf8, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteString("accountSid", AccountSid);
        writer.WriteString("capturedAt", CapturedAt);

        // Sorted by SID, as sync writes them: the customers' ('b') before the primary ('e').
        writer.WriteStartArray("businessProfiles");
        for (var c = 0; c < customers; c++)
            Bundle(writer, CustomerProfile(c), Name(c, "Secondary Profile"), SecondaryProfilePolicy, numbersOf[c], entities: null);
        Bundle(writer, PrimaryProfile, "Acme ISV Primary Business Profile", PrimaryProfilePolicy, [], entities: null);
        writer.WriteEndArray();

        writer.WriteStartArray("numbers");
        foreach (var i in Enumerable.Range(0, numbers).OrderBy(PhoneNumber, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("sid", NumberSid(i));
            writer.WriteString("phoneNumber", PhoneNumber(i));
            var e164 = PhoneNumber(i);
            writer.WriteString("friendlyName", i % 5 == 0 ? Name(CustomerOf(i, numbers), "line " + (i % NumbersPerCustomer).ToString(CultureInfo.InvariantCulture)) : $"({e164[2..5]}) {e164[5..8]}-{e164[8..]}");
            writer.WriteString("type", IsTollFree(i) ? "toll-free" : "local");
            writer.WriteString("country", "US");
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        // Products sorted by SID: every SHAKEN/STIR product ('c') before every CNAM one ('d').
        writer.WriteStartArray("trustProducts");
        for (var c = 0; c < customers; c++)
            Bundle(writer, ShakenStirProduct(c), Name(c, "SHAKEN/STIR"), ShakenStirPolicy, numbersOf[c], [CustomerProfile(c)]);
        for (var c = 0; c < customers; c++)
            Bundle(writer, CnamProduct(c), Name(c, "CNAM"), CnamPolicy, numbersOf[c].Where(i => !IsTollFree(i)).ToList(), [CustomerProfile(c)]);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Bundle(Utf8JsonWriter writer, string sid, string name, string policy, IReadOnlyList<int> numbers, string[]? entities)
    {
        writer.WriteStartObject();
        writer.WriteString("sid", sid);
        writer.WriteString("friendlyName", name);
        writer.WriteString("status", "twilio-approved");
        writer.WriteString("policySid", policy);
        writer.WriteStartArray("numbers");
        foreach (var sidOfNumber in numbers.Select(NumberSid).Order(StringComparer.Ordinal)) writer.WriteStringValue(sidOfNumber);
        writer.WriteEndArray();
        if (entities is not null)
        {
            writer.WriteStartArray("entities");
            foreach (var entity in entities) writer.WriteStringValue(entity);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static string Name(int customer, string what) => string.Create(CultureInfo.InvariantCulture, $"Customer {customer} {what}");

    // 32 hex digits: a kind digit, then the index.
    private static string Hex(char kind, int index) => kind + index.ToString("x31", CultureInfo.InvariantCulture);
}
