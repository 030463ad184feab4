using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Runtime.Snapshots;

/// <summary>
/// Captures an account's Business Profiles, phone numbers and trust products (with their assignments) into an
/// <see cref="AccountSnapshotDocument"/>, the file the build reads so the generator and analyzers know the real account.
/// Read-only: it only lists.
/// </summary>
public static class AccountSnapshotCapture
{
    private const string TrustHubServer = "https://trusthub.twilio.com";
    private const string Api2010Server = "https://api.twilio.com";
    private const int PageSize = 1000;

    /// <summary>
    /// Lists <c>CustomerProfiles</c> and their <c>ChannelEndpointAssignments</c>, the account's
    /// <c>IncomingPhoneNumbers</c> (type and country derived from the E.164 number), and <c>TrustProducts</c> with
    /// their channel-endpoint and entity assignments, following every page.
    /// </summary>
    /// <param name="transport">The transport to Twilio (or the emulator); its retries apply.</param>
    /// <param name="accountSid">The account to capture (<c>AC…</c>). When the transport acts for another account, the
    /// capture acts for this one as a subaccount (the parent's credentials, as Twilio accepts).</param>
    /// <param name="cancellationToken">Cancels the capture.</param>
    /// <returns>The snapshot, stamped with the current UTC time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transport"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="accountSid"/> is not an account SID.</exception>
    /// <exception cref="TwilioApiException">Twilio refused a list call (after the transport's retries).</exception>
    public static Task<AccountSnapshotDocument> CaptureAsync(ITwilioTransport transport, string accountSid, CancellationToken cancellationToken = default) =>
        CaptureAsync(transport, accountSid, TimeProvider.System, cancellationToken);

    /// <summary>As <see cref="CaptureAsync(ITwilioTransport, string, CancellationToken)"/>, with the clock that stamps <c>capturedAt</c>.</summary>
    /// <param name="transport">The transport to Twilio (or the emulator).</param>
    /// <param name="accountSid">The account to capture (<c>AC…</c>).</param>
    /// <param name="timeProvider">The clock read once, before the first call.</param>
    /// <param name="cancellationToken">Cancels the capture.</param>
    public static async Task<AccountSnapshotDocument> CaptureAsync(ITwilioTransport transport, string accountSid, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        if (transport is null) throw new ArgumentNullException(nameof(transport));
        if (timeProvider is null) throw new ArgumentNullException(nameof(timeProvider));
        SidFormat.Validate(accountSid, "AC", "Account SID");
        var capturedAt = timeProvider.GetUtcNow();
        var acting = ForAccount(transport, accountSid);

        var profiles = new List<CapturedProfile>();
        foreach (var bundle in await ListAsync(acting, TrustHub("/v1/CustomerProfiles"), "results", TrustHubJsonReaders.Bundle, cancellationToken).ConfigureAwait(false))
        {
            var numbers = await ListAsync(acting, TrustHub($"/v1/CustomerProfiles/{bundle.Sid}/ChannelEndpointAssignments"), "results", TrustHubJsonReaders.Channel, cancellationToken).ConfigureAwait(false);
            profiles.Add(new CapturedProfile(bundle.Sid, bundle.FriendlyName, bundle.Status, bundle.PolicySid, Sorted(numbers.Select(a => a.ChannelEndpointSid))));
        }

        var numberRequest = new TwilioRequest(HttpMethod.Get, Api2010Server, $"/2010-04-01/Accounts/{accountSid}/IncomingPhoneNumbers.json");
        numberRequest.Query.Add("PageSize", PageSize);
        var listedNumbers = await ListAsync(acting, numberRequest, "incoming_phone_numbers", TrustHubJsonReaders.Number, cancellationToken).ConfigureAwait(false);
        var capturedNumbers = listedNumbers.Select(n =>
        {
            var (type, country) = NumberClassification.Classify(n.PhoneNumber);
            return new CapturedNumber(n.Sid, n.PhoneNumber, n.FriendlyName, type, country);
        });

        var products = new List<CapturedTrustProduct>();
        foreach (var bundle in await ListAsync(acting, TrustHub("/v1/TrustProducts"), "results", TrustHubJsonReaders.Bundle, cancellationToken).ConfigureAwait(false))
        {
            var numbers = await ListAsync(acting, TrustHub($"/v1/TrustProducts/{bundle.Sid}/ChannelEndpointAssignments"), "results", TrustHubJsonReaders.Channel, cancellationToken).ConfigureAwait(false);
            var entities = await ListAsync(acting, TrustHub($"/v1/TrustProducts/{bundle.Sid}/EntityAssignments"), "results", TrustHubJsonReaders.Entity, cancellationToken).ConfigureAwait(false);
            products.Add(new CapturedTrustProduct(bundle.Sid, bundle.FriendlyName, bundle.Status, bundle.PolicySid, Sorted(numbers.Select(a => a.ChannelEndpointSid)), Sorted(entities.Select(e => e.ObjectSid))));
        }

        // Sorted by SID (numbers by E.164, then SID) so a re-capture of an unchanged account diffs to nothing but capturedAt.
        return new AccountSnapshotDocument(
            accountSid,
            capturedAt,
            profiles.OrderBy(p => p.Sid, StringComparer.Ordinal).ToList(),
            capturedNumbers.OrderBy(n => n.PhoneNumber, StringComparer.Ordinal).ThenBy(n => n.Sid, StringComparer.Ordinal).ToList(),
            products.OrderBy(p => p.Sid, StringComparer.Ordinal).ToList());
    }

    private static ITwilioTransport ForAccount(ITwilioTransport transport, string accountSid)
    {
        var own = transport.GetAccountSid();
        return own is null || string.Equals(own, accountSid, StringComparison.Ordinal) ? transport : transport.ForSubaccount(accountSid);
    }

    private static TwilioRequest TrustHub(string path)
    {
        var request = new TwilioRequest(HttpMethod.Get, TrustHubServer, path);
        request.Query.Add("PageSize", PageSize);
        return request;
    }

    private static async Task<List<T>> ListAsync<T>(ITwilioTransport transport, TwilioRequest request, string itemsKey, JsonItemReader<T> read, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var item in TwilioPaging.ListAsync(transport, request, itemsKey, read, cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }
        return items;
    }

    private static IReadOnlyList<string> Sorted(IEnumerable<string> sids) =>
        sids.Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
}
