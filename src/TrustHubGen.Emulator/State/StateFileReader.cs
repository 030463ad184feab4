using System.Text.Json;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.State;

/// <summary>Loads a state or seed file into an <see cref="EmulatorState"/>; every problem names the file and the JSON path.</summary>
internal sealed class StateFileReader
{
    private readonly EmulatorState _state;
    private readonly string _source;

    private StateFileReader(EmulatorState state, string source)
    {
        _state = state;
        _source = source;
    }

    public static void Load(EmulatorState state, string source, ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            new StateFileReader(state, source).Read(document.RootElement);
        }
    }

    private void Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("accounts", out var accounts) || accounts.ValueKind != JsonValueKind.Array)
        {
            throw Problem("$", "the file must be a JSON object with an \"accounts\" array");
        }

        // Pass 1: accounts and everything that assignments point at; pass 2: the assignments themselves.
        var loaded = new List<(AccountState Account, JsonElement Json, string Path)>();
        var index = 0;
        foreach (var json in accounts.EnumerateArray())
        {
            var path = $"$.accounts[{index++}]";
            loaded.Add((ReadAccount(json, path), json, path));
        }

        foreach (var (account, json, path) in loaded)
        {
            ReadAssignments(account, json, path);
        }

        _state.MarkChanged();
    }

    private AccountState ReadAccount(JsonElement json, string path)
    {
        var sid = RequiredSid(json, "sid", "AC", path);
        var token = RequiredString(json, "auth_token", path);
        var owner = OptionalString(json, "owner_account_sid");
        var created = Date(json, "date_created", path);
        var account = _state.Accounts.TryGetValue(sid, out var existing)
            ? existing
            : _state.AddAccount(sid, token, OptionalString(json, "friendly_name") ?? sid, owner is null || owner == sid ? null : owner, created);

        var i = 0;
        foreach (var number in Array(json, "incoming_phone_numbers"))
        {
            var p = $"{path}.incoming_phone_numbers[{i++}]";
            var e164 = RequiredString(number, "phone_number", p);
            if (e164.Length < 8 || e164[0] != '+' || !e164[1..].All(char.IsAsciiDigit))
            {
                throw Problem(p + ".phone_number", $"\"{e164}\" is not an E.164 number like +14155550100");
            }

            _state.AddNumber(account, OptionalSid(number, "sid", "PN", p) ?? Sids.New("PN"), e164, OptionalString(number, "friendly_name") ?? e164, Date(number, "date_created", p));
        }

        i = 0;
        foreach (var item in Array(json, "end_users"))
        {
            var p = $"{path}.end_users[{i++}]";
            var endUser = new EndUser
            {
                Sid = OptionalSid(item, "sid", "IT", p) ?? Sids.New("IT"),
                AccountSid = account.Sid,
                Type = RequiredString(item, "type", p),
                FriendlyName = OptionalString(item, "friendly_name") ?? "end user",
                AttributesJson = Attributes(item),
                DateCreated = Date(item, "date_created", p),
                DateUpdated = Date(item, "date_updated", p),
            };
            Register(endUser.Sid, endUser, p);
            account.EndUsers.Add(endUser.Sid, endUser);
        }

        i = 0;
        foreach (var item in Array(json, "addresses"))
        {
            var p = $"{path}.addresses[{i++}]";
            var address = new Address
            {
                Sid = OptionalSid(item, "sid", "AD", p) ?? Sids.New("AD"),
                AccountSid = account.Sid,
                CustomerName = RequiredString(item, "customer_name", p),
                FriendlyName = OptionalString(item, "friendly_name") ?? RequiredString(item, "customer_name", p),
                Street = RequiredString(item, "street", p),
                StreetSecondary = OptionalString(item, "street_secondary"),
                City = RequiredString(item, "city", p),
                Region = RequiredString(item, "region", p),
                PostalCode = RequiredString(item, "postal_code", p),
                IsoCountry = RequiredString(item, "iso_country", p),
                EmergencyEnabled = item.TryGetProperty("emergency_enabled", out var emergency) && emergency.ValueKind == JsonValueKind.True,
                DateCreated = Date(item, "date_created", p),
            };
            Register(address.Sid, address, p);
            account.Addresses.Add(address.Sid, address);
        }

        i = 0;
        foreach (var item in Array(json, "supporting_documents"))
        {
            var p = $"{path}.supporting_documents[{i++}]";
            var document = new SupportingDocument
            {
                Sid = OptionalSid(item, "sid", "RD", p) ?? Sids.New("RD"),
                AccountSid = account.Sid,
                Type = RequiredString(item, "type", p),
                FriendlyName = OptionalString(item, "friendly_name") ?? "document",
                AttributesJson = Attributes(item),
                Status = OptionalString(item, "status") ?? "DRAFT",
                DateCreated = Date(item, "date_created", p),
                DateUpdated = Date(item, "date_updated", p),
            };
            Register(document.Sid, document, p);
            account.Documents.Add(document.Sid, document);
        }

        ReadBundles(account, json, "customer_profiles", BundleType.CustomerProfile, path);
        ReadBundles(account, json, "trust_products", BundleType.TrustProduct, path);
        return account;
    }

    private void ReadBundles(AccountState account, JsonElement json, string name, BundleType type, string path)
    {
        var i = 0;
        foreach (var item in Array(json, name))
        {
            var p = $"{path}.{name}[{i++}]";
            var status = OptionalString(item, "status") ?? BundleStatus.Draft;
            if (!BundleStatus.All.Contains(status))
            {
                throw Problem(p + ".status", $"\"{status}\" is not one of {string.Join(", ", BundleStatus.All)}");
            }

            var bundle = new Bundle
            {
                Sid = OptionalSid(item, "sid", "BU", p) ?? Sids.New("BU"),
                AccountSid = account.Sid,
                Type = type,
                PolicySid = RequiredSid(item, "policy_sid", "RN", p),
                FriendlyName = OptionalString(item, "friendly_name") ?? "bundle",
                Email = OptionalString(item, "email") ?? "compliance@example.com",
                StatusCallback = OptionalString(item, "status_callback"),
                Status = status,
                Errors = Array(item, "errors").Select(e => e.ValueKind == JsonValueKind.Number ? e.GetInt32() : e.GetProperty("code").GetInt32()).ToList(),
                ValidUntil = OptionalString(item, "valid_until") is { } until ? WireDates.ParseIso(until) : null,
                DateCreated = Date(item, "date_created", p),
            };
            bundle.DateUpdated = Date(item, "date_updated", p);
            Register(bundle.Sid, bundle, p);
            account.BundlesOf(type).Add(bundle.Sid, bundle);
        }
    }

    private void ReadAssignments(AccountState account, JsonElement json, string path)
    {
        foreach (var (name, type) in new[] { ("customer_profiles", BundleType.CustomerProfile), ("trust_products", BundleType.TrustProduct) })
        {
            var i = 0;
            foreach (var item in Array(json, name))
            {
                var p = $"{path}.{name}[{i++}]";
                var bundle = (Bundle)_state.BySid[OptionalSid(item, "sid", "BU", p) ?? account.BundlesOf(type).GetAt(i - 1).Key];
                ReadEntities(bundle, item, p);
                ReadChannels(account, bundle, item, p);
                ReadEvaluations(bundle, item, p);
            }
        }
    }

    private void ReadEntities(Bundle bundle, JsonElement item, string path)
    {
        var i = 0;
        foreach (var entity in Array(item, "entity_assignments"))
        {
            var p = $"{path}.entity_assignments[{i++}]";
            var objectSid = RequiredSid(entity, "object_sid", null, p);
            switch (_state.BySid.GetValueOrDefault(objectSid))
            {
                case EndUser endUser:
                    endUser.AssignedTo.Add(bundle.Sid);
                    break;
                case SupportingDocument document:
                    document.AssignedTo.Add(bundle.Sid);
                    break;
                case Bundle { Type: BundleType.CustomerProfile } profile:
                    profile.AssignedTo.Add(bundle.Sid);
                    bundle.BusinessProfileSid = profile.Sid;
                    break;
                default:
                    throw Problem(p + ".object_sid", $"{objectSid} is not an end user, supporting document or customer profile defined in the file");
            }

            var assignment = new EntityAssignment
            {
                Sid = OptionalSid(entity, "sid", "BV", p) ?? Sids.New("BV"),
                BundleSid = bundle.Sid,
                AccountSid = bundle.AccountSid,
                ObjectSid = objectSid,
                DateCreated = Date(entity, "date_created", p),
            };
            bundle.Entities.Add(assignment.Sid, assignment);
            bundle.EntityByObject[objectSid] = assignment.Sid;
        }
    }

    private void ReadChannels(AccountState account, Bundle bundle, JsonElement item, string path)
    {
        var i = 0;
        foreach (var channel in Array(item, "channel_endpoint_assignments"))
        {
            var p = $"{path}.channel_endpoint_assignments[{i++}]";
            var endpointSid = OptionalSid(channel, "channel_endpoint_sid", "PN", p);
            if (endpointSid is null)
            {
                var e164 = OptionalString(channel, "phone_number") ?? throw Problem(p, "give channel_endpoint_sid or phone_number");
                endpointSid = FindNumber(account, e164) ?? throw Problem(p + ".phone_number", $"{e164} is not a number of {account.Sid} or its subaccounts");
            }
            else if (_state.BySid.GetValueOrDefault(endpointSid) is not PhoneNumber)
            {
                throw Problem(p + ".channel_endpoint_sid", $"{endpointSid} is not a phone number defined in the file");
            }

            var assignment = new ChannelAssignment
            {
                Sid = OptionalSid(channel, "sid", "RA", p) ?? Sids.New("RA"),
                BundleSid = bundle.Sid,
                AccountSid = bundle.AccountSid,
                ChannelEndpointType = OptionalString(channel, "channel_endpoint_type") ?? "phone-number",
                ChannelEndpointSid = endpointSid,
                DateCreated = Date(channel, "date_created", p),
            };
            bundle.Channels.Add(assignment.Sid, assignment);
            bundle.ChannelByEndpoint[endpointSid] = assignment.Sid;
        }
    }

    private void ReadEvaluations(Bundle bundle, JsonElement item, string path)
    {
        var i = 0;
        foreach (var evaluation in Array(item, "evaluations"))
        {
            var p = $"{path}.evaluations[{i++}]";
            var model = new Evaluation
            {
                Sid = OptionalSid(evaluation, "sid", "EL", p) ?? Sids.New("EL"),
                AccountSid = bundle.AccountSid,
                BundleSid = bundle.Sid,
                PolicySid = RequiredSid(evaluation, "policy_sid", "RN", p),
                Status = OptionalString(evaluation, "status") ?? "noncompliant",
                ResultsJson = evaluation.TryGetProperty("results", out var results) ? results.GetRawText() : "[]",
                DateCreated = Date(evaluation, "date_created", p),
            };
            bundle.Evaluations.Add(model.Sid, model);
        }
    }

    private string? FindNumber(AccountState account, string e164)
    {
        if (account.NumberByE164.TryGetValue(e164, out var sid))
        {
            return sid;
        }

        foreach (var sub in account.Subaccounts)
        {
            if (_state.Accounts[sub].NumberByE164.TryGetValue(e164, out sid))
            {
                return sid;
            }
        }

        return null;
    }

    private void Register(string sid, object item, string path)
    {
        if (!_state.BySid.TryAdd(sid, item))
        {
            throw Problem(path + ".sid", $"{sid} is used twice");
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static string Attributes(JsonElement json) =>
        json.TryGetProperty("attributes", out var value) && value.ValueKind == JsonValueKind.Object ? value.GetRawText() : "{}";

    private static string? OptionalString(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private string RequiredString(JsonElement json, string name, string path) =>
        OptionalString(json, name) ?? throw Problem($"{path}.{name}", "is required (a string)");

    private string? OptionalSid(JsonElement json, string name, string? prefix, string path)
    {
        var value = OptionalString(json, name);
        if (value is not null && !Sids.IsSid(value, prefix))
        {
            throw Problem($"{path}.{name}", $"\"{value}\" is not a {(prefix ?? "")} SID (34 characters: two letters and 32 hex digits)");
        }

        return value;
    }

    private string RequiredSid(JsonElement json, string name, string? prefix, string path) =>
        OptionalSid(json, name, prefix, path) ?? throw Problem($"{path}.{name}", "is required");

    private DateTimeOffset Date(JsonElement json, string name, string path)
    {
        var value = OptionalString(json, name);
        if (value is null)
        {
            return _state.Now();
        }

        try
        {
            return WireDates.ParseIso(value);
        }
        catch (FormatException)
        {
            throw Problem($"{path}.{name}", $"\"{value}\" is not an ISO 8601 date such as 2024-01-31T12:00:00Z");
        }
    }

    private InvalidDataException Problem(string path, string message) => new($"{_source}: {path}: {message}.");
}
