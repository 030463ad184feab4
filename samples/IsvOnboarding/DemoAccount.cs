using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IsvOnboarding;

/// <summary>One customer of the ISV: its subaccount and what its onboarding needs.</summary>
public sealed record DemoCustomer(
    [property: JsonPropertyName("account_sid")] string AccountSid,
    [property: JsonPropertyName("business_name")] string BusinessName,
    [property: JsonPropertyName("cnam_display_name")] string CnamDisplayName,
    [property: JsonPropertyName("numbers")] IReadOnlyList<string> Numbers);

/// <summary>The ISV's customers file: its approved Primary Business Profile and its customers.</summary>
public sealed record DemoCustomers(
    [property: JsonPropertyName("primary_profile_sid")] string PrimaryProfileSid,
    [property: JsonPropertyName("customers")] IReadOnlyList<DemoCustomer> Customers)
{
    public static DemoCustomers Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<DemoCustomers>(File.ReadAllText(path))
                ?? throw new InvalidDataException($"{path}: the customers file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a customers file ({e.Message}).", e);
        }
    }

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));
}

/// <summary>
/// A made-up ISV for the emulator: the emulator's default account with an approved Primary Business Profile and
/// <c>count</c> customer subaccounts of two US numbers each (an emulator seed file), and the matching customers file.
/// </summary>
public static class DemoAccount
{
    public const string AccountSid = "AC043bcd784c2155dbb1db7b3139a3617f";
    public const string AuthToken = "1423d2dc0ac03cec6c0292eddc293c45";
    public const string PrimaryProfileSid = "BUa1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
    private const string PrimaryPolicySid = "RN6433641899984f951173ef1738c3bdd0";

    public static string CustomerSid(int index) => "AC" + "c057" + index.ToString("x28", CultureInfo.InvariantCulture);

    /// <summary>Writes <c>seed.json</c> (for the emulator) and <c>customers.json</c> (for the app) into <paramref name="folder"/>.</summary>
    public static (string SeedPath, string CustomersPath, DemoCustomers Customers) Write(string folder, int count)
    {
        if (count is < 1 or > 4999) throw new ArgumentOutOfRangeException(nameof(count), count, "Use 1 to 4999 customers.");
        Directory.CreateDirectory(folder);
        var customers = Enumerable.Range(1, count).Select(i => new DemoCustomer(
            CustomerSid(i), $"Acme {i:000} Inc", $"ACME {i:000}",
            [$"+1512555{2 * i:0000}", $"+1512555{2 * i + 1:0000}"])).ToList();
        var accounts = new JsonArray
        {
            new JsonObject
            {
                ["sid"] = AccountSid, ["auth_token"] = AuthToken, ["friendly_name"] = "Demo ISV",
                ["customer_profiles"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["sid"] = PrimaryProfileSid, ["policy_sid"] = PrimaryPolicySid, ["friendly_name"] = "Demo ISV primary profile",
                        ["email"] = "compliance@isv.example.com", ["status"] = "twilio-approved",
                    },
                },
            },
        };
        foreach (var customer in customers)
        {
            accounts.Add(new JsonObject
            {
                ["sid"] = customer.AccountSid,
                ["auth_token"] = customer.AccountSid[2..].Replace("c057", "70c3", StringComparison.Ordinal),
                ["friendly_name"] = customer.BusinessName,
                ["owner_account_sid"] = AccountSid,
                ["incoming_phone_numbers"] = new JsonArray(customer.Numbers.Select(n => (JsonNode)new JsonObject { ["phone_number"] = n }).ToArray()),
            });
        }
        var seedPath = Path.Combine(folder, "seed.json");
        File.WriteAllText(seedPath, new JsonObject { ["accounts"] = accounts }.ToJsonString());
        var file = new DemoCustomers(PrimaryProfileSid, customers);
        var customersPath = Path.Combine(folder, "customers.json");
        file.Write(customersPath);
        return (seedPath, customersPath, file);
    }
}
