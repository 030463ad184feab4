using System.Text.Json;
using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.State.Storage;

/// <summary>
/// Loads a state or seed file into an <see cref="EmulatorState"/>. System.Text.Json reads the document
/// (<see cref="StateJsonContext"/>); this class fills what seed files may leave out (SIDs, dates), checks the rest and
/// rebuilds the indexes. Every problem names the file and the JSON path. Loaded content is trusted: rules are not
/// re-checked.
/// </summary>
internal sealed class StateLoader
{
    private readonly EmulatorState _state;
    private readonly string _source;

    private StateLoader(EmulatorState state, string source)
    {
        _state = state;
        _source = source;
    }

    /// <summary>Reads <paramref name="json"/> (named <paramref name="source"/> in messages) into <paramref name="state"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a state document; the message names the file, the JSON path and the problem.</exception>
    public static StateDocument Load(EmulatorState state, string source, ReadOnlySpan<byte> json)
    {
        StateDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, StateJsonContext.File.StateDocument);
        }
        catch (JsonException e)
        {
            // Another version's file may hold keys and shapes this one cannot read: the version is the problem to name.
            if (FormatOf(json) is { } other && other != StateCapture.Format) throw OtherFormat(source, other);
            throw new InvalidDataException($"{source}: {JsonProblems.Describe(e)}", e);
        }

        if (document?.Accounts is not { } accounts)
        {
            throw new InvalidDataException($"{source}: $: the file must be a JSON object with an \"accounts\" array.");
        }

        // Seed files may leave the format out; another version's file read as this one's would lose, at the first
        // write, what this version does not know.
        if (document.Format is { } format && format != StateCapture.Format) throw OtherFormat(source, format);

        new StateLoader(state, source).Read(accounts);
        return document;
    }

    private static InvalidDataException OtherFormat(string source, string format) =>
        new($"{source}: $.format: \"{format}\" is not the format this emulator reads ({StateCapture.Format}); another version of TrustHubGen wrote it: read it with that version.");

    /// <summary>The top-level <c>format</c> string of a file that could not be read as this version's, if it has one.</summary>
    private static string? FormatOf(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = StateLimits.FileMaxDepth });
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("format", out var format)
                && format.ValueKind == JsonValueKind.String ? format.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Read(List<AccountRecord> accounts)
    {
        // Pass 1: accounts and everything that assignments point at; pass 2: the assignments themselves.
        var loaded = new List<(AccountState Account, AccountRecord Record, string Path)>();
        for (var i = 0; i < accounts.Count; i++)
        {
            var path = $"$.accounts[{i}]";
            loaded.Add((ReadAccount(accounts[i], path), accounts[i], path));
        }

        foreach (var (account, record, path) in loaded)
        {
            ReadAssignments(account, record, path);
        }

        _state.MarkChanged();
    }

    private AccountState ReadAccount(AccountRecord json, string path)
    {
        var sid = RequiredSid(json.Sid, "AC", path + ".sid");
        var token = Required(json.AuthToken, path + ".auth_token");
        var owner = json.OwnerAccountSid;
        var account = _state.Accounts.TryGetValue(sid, out var existing)
            ? existing
            : _state.AddAccount(sid, token, json.FriendlyName ?? sid, owner is null || owner == sid ? null : owner, json.DateCreated ?? _state.Now());

        Each(json.IncomingPhoneNumbers, $"{path}.incoming_phone_numbers", (number, p) =>
        {
            var e164 = Required(number.PhoneNumber, p + ".phone_number");
            // The rules library's E.164 check, the one the analyzers and the engine apply (issue 9: one verdict).
            if (PhoneNumberFacts.Problem(e164) is { } malformed)
            {
                throw Problem(p + ".phone_number", malformed);
            }

            _state.AddNumber(account, OptionalSid(number.Sid, "PN", p + ".sid") ?? Sids.New("PN"), e164, number.FriendlyName ?? e164, number.DateCreated ?? _state.Now());
        });

        Each(json.EndUsers, $"{path}.end_users", (item, p) =>
        {
            var endUser = new EndUser
            {
                Sid = OptionalSid(item.Sid, "IT", p + ".sid") ?? Sids.New("IT"),
                AccountSid = account.Sid,
                Type = Required(item.Type, p + ".type"),
                FriendlyName = item.FriendlyName ?? "end user",
                AttributesJson = Attributes(item),
                DateCreated = item.DateCreated ?? _state.Now(),
                DateUpdated = item.DateUpdated ?? _state.Now(),
            };
            Register(endUser.Sid, endUser, p);
            account.EndUsers.Add(endUser.Sid, endUser);
        });

        Each(json.Addresses, $"{path}.addresses", (item, p) =>
        {
            var address = new Address
            {
                Sid = OptionalSid(item.Sid, "AD", p + ".sid") ?? Sids.New("AD"),
                AccountSid = account.Sid,
                CustomerName = Required(item.CustomerName, p + ".customer_name"),
                FriendlyName = item.FriendlyName ?? item.CustomerName!,
                Street = Required(item.Street, p + ".street"),
                StreetSecondary = item.StreetSecondary,
                City = Required(item.City, p + ".city"),
                Region = Required(item.Region, p + ".region"),
                PostalCode = Required(item.PostalCode, p + ".postal_code"),
                IsoCountry = Required(item.IsoCountry, p + ".iso_country"),
                EmergencyEnabled = item.EmergencyEnabled,
                DateCreated = item.DateCreated ?? _state.Now(),
            };
            Register(address.Sid, address, p);
            account.Addresses.Add(address.Sid, address);
        });

        Each(json.SupportingDocuments, $"{path}.supporting_documents", (item, p) =>
        {
            var document = new SupportingDocument
            {
                Sid = OptionalSid(item.Sid, "RD", p + ".sid") ?? Sids.New("RD"),
                AccountSid = account.Sid,
                Type = Required(item.Type, p + ".type"),
                FriendlyName = item.FriendlyName ?? "document",
                AttributesJson = Attributes(item),
                Status = item.Status ?? "DRAFT",
                DateCreated = item.DateCreated ?? _state.Now(),
                DateUpdated = item.DateUpdated ?? _state.Now(),
            };
            Register(document.Sid, document, p);
            account.Documents.Add(document.Sid, document);
        });

        ReadBundles(account, json.CustomerProfiles, BundleType.CustomerProfile, $"{path}.customer_profiles");
        ReadBundles(account, json.TrustProducts, BundleType.TrustProduct, $"{path}.trust_products");
        return account;
    }

    private void ReadBundles(AccountState account, List<BundleRecord>? items, BundleType type, string path) =>
        Each(items, path, (item, p) =>
        {
            var status = item.Status ?? BundleStatus.Draft;
            if (!BundleStatus.All.Contains(status))
            {
                throw Problem(p + ".status", $"\"{status}\" is not one of {string.Join(", ", BundleStatus.All)}");
            }

            // The SID is written back so the second pass finds seed bundles that came without one.
            item.Sid = OptionalSid(item.Sid, "BU", p + ".sid") ?? Sids.New("BU");
            var bundle = new Bundle
            {
                Sid = item.Sid,
                AccountSid = account.Sid,
                Type = type,
                PolicySid = RequiredSid(item.PolicySid, "RN", p + ".policy_sid"),
                FriendlyName = item.FriendlyName ?? "bundle",
                Email = item.Email ?? "compliance@example.com",
                StatusCallback = item.StatusCallback,
                Status = status,
                Errors = item.Errors ?? [],
                ValidUntil = item.ValidUntil,
                DateCreated = item.DateCreated ?? _state.Now(),
                DateUpdated = item.DateUpdated ?? _state.Now(),
            };
            Register(bundle.Sid, bundle, p);
            account.BundlesOf(type).Add(bundle.Sid, bundle);
        });

    private void ReadAssignments(AccountState account, AccountRecord json, string path)
    {
        foreach (var (items, name) in new[] { (json.CustomerProfiles, "customer_profiles"), (json.TrustProducts, "trust_products") })
        {
            Each(items, $"{path}.{name}", (item, p) =>
            {
                var bundle = (Bundle)_state.BySid[item.Sid!];
                ReadEntities(bundle, item.EntityAssignments, p);
                ReadChannels(account, bundle, item.ChannelEndpointAssignments, p);
                ReadEvaluations(bundle, item.Evaluations, p);
            });
        }
    }

    private void ReadEntities(Bundle bundle, List<EntityAssignmentRecord>? items, string path) =>
        Each(items, $"{path}.entity_assignments", (entity, p) =>
        {
            var objectSid = RequiredSid(entity.ObjectSid, null, p + ".object_sid");
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
                Sid = OptionalSid(entity.Sid, "BV", p + ".sid") ?? Sids.New("BV"),
                BundleSid = bundle.Sid,
                AccountSid = bundle.AccountSid,
                ObjectSid = objectSid,
                DateCreated = entity.DateCreated ?? _state.Now(),
            };
            bundle.Entities.Add(assignment.Sid, assignment);
            bundle.EntityByObject[objectSid] = assignment.Sid;
        });

    private void ReadChannels(AccountState account, Bundle bundle, List<ChannelAssignmentRecord>? items, string path) =>
        Each(items, $"{path}.channel_endpoint_assignments", (channel, p) =>
        {
            var endpointSid = OptionalSid(channel.ChannelEndpointSid, "PN", p + ".channel_endpoint_sid");
            if (endpointSid is null)
            {
                var e164 = channel.PhoneNumber ?? throw Problem(p, "give channel_endpoint_sid or phone_number");
                endpointSid = FindNumber(account, e164) ?? throw Problem(p + ".phone_number", $"{e164} is not a number of {account.Sid} or its subaccounts");
            }
            else if (_state.BySid.GetValueOrDefault(endpointSid) is not PhoneNumber)
            {
                throw Problem(p + ".channel_endpoint_sid", $"{endpointSid} is not a phone number defined in the file");
            }

            var assignment = new ChannelAssignment
            {
                Sid = OptionalSid(channel.Sid, "RA", p + ".sid") ?? Sids.New("RA"),
                BundleSid = bundle.Sid,
                AccountSid = bundle.AccountSid,
                ChannelEndpointType = channel.ChannelEndpointType ?? ChannelEndpointRule.PhoneNumberType,
                ChannelEndpointSid = endpointSid,
                DateCreated = channel.DateCreated ?? _state.Now(),
            };
            bundle.Channels.Add(assignment.Sid, assignment);
            bundle.ChannelByEndpoint[endpointSid] = assignment.Sid;
        });

    private void ReadEvaluations(Bundle bundle, List<EvaluationRecord>? items, string path) =>
        Each(items, $"{path}.evaluations", (evaluation, p) =>
        {
            var model = new Evaluation
            {
                Sid = OptionalSid(evaluation.Sid, "EL", p + ".sid") ?? Sids.New("EL"),
                AccountSid = bundle.AccountSid,
                BundleSid = bundle.Sid,
                PolicySid = RequiredSid(evaluation.PolicySid, "RN", p + ".policy_sid"),
                Status = evaluation.Status ?? "noncompliant",
                ResultsJson = evaluation.Results?.Text ?? "[]",
                DateCreated = evaluation.DateCreated ?? _state.Now(),
            };
            bundle.Evaluations.Add(model.Sid, model);
        });

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

    private static void Each<T>(List<T>? items, string path, Action<T, string> read)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            read(items![i], $"{path}[{i}]");
        }
    }

    /// <summary>Attributes are a JSON object; anything else (or nothing) stores an empty one, as the API does.</summary>
    private static string Attributes(AttributedRecord item) =>
        item.Attributes is { Kind: JsonValueKind.Object } attributes ? attributes.Text : "{}";

    private string Required(string? value, string path) => value ?? throw Problem(path, "is required (a string)");

    private string? OptionalSid(string? value, string? prefix, string path)
    {
        if (value is not null && !Sids.IsSid(value, prefix))
        {
            throw Problem(path, $"\"{value}\" is not a {prefix ?? ""} SID (34 characters: two letters and 32 hex digits)");
        }

        return value;
    }

    private string RequiredSid(string? value, string? prefix, string path) =>
        OptionalSid(value, prefix, path) ?? throw Problem(path, "is required");

    private InvalidDataException Problem(string path, string message) => new($"{_source}: {path}: {message}.");
}
