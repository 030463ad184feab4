using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime.Wire;

namespace TrustHubGen.Runtime.Snapshots;

/// <summary>
/// Captures an account's Business Profiles, phone numbers and trust products (with their assignments) into an
/// <see cref="AccountSnapshotDocument"/>, the file the build reads so the generator and analyzers know the real account.
/// Read-only: it only lists.
/// </summary>
public static class AccountSnapshotCapture
{
    private const int PageSize = TrustHubGen.Runtime.Onboarding.TrustHubRestOperations.PageSize;

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
        var trustHub = new TrustHubClient(acting);
        var api = new Api2010Client(acting, AccountSid.Parse(accountSid));

        var profiles = new List<CapturedProfile>();
        await foreach (var profile in Read(trustHub.CustomerProfiles.ListAsync(new ListCustomerProfileRequest { PageSize = PageSize }, cancellationToken), WireReads.Bundle))
        {
            var assignments = trustHub.CustomerProfiles.ChannelEndpointAssignments(CustomerProfileSid.Parse(profile.Sid))
                .ListAsync(new ListCustomerProfileChannelEndpointAssignmentRequest { PageSize = PageSize }, cancellationToken);
            var numbers = await SidsAsync(assignments, a => WireReads.Channel(a).ChannelEndpointSid).ConfigureAwait(false);
            profiles.Add(new CapturedProfile(profile.Sid, profile.FriendlyName, profile.Status, profile.PolicySid, numbers));
        }

        var capturedNumbers = new List<CapturedNumber>();
        await foreach (var number in Read(api.IncomingPhoneNumbers.ListAsync(new ListIncomingPhoneNumberRequest { PageSize = PageSize }, cancellationToken), WireReads.Number))
        {
            var (type, country) = NumberClassification.Classify(number.PhoneNumber);
            capturedNumbers.Add(new CapturedNumber(number.Sid, number.PhoneNumber, number.FriendlyName, type, country));
        }

        var products = new List<CapturedTrustProduct>();
        await foreach (var product in Read(trustHub.TrustProducts.ListAsync(new ListTrustProductRequest { PageSize = PageSize }, cancellationToken), WireReads.Bundle))
        {
            var sid = TrustProductSid.Parse(product.Sid);
            var numbers = await SidsAsync(trustHub.TrustProducts.ChannelEndpointAssignments(sid).ListAsync(new ListTrustProductChannelEndpointAssignmentRequest { PageSize = PageSize }, cancellationToken),
                a => WireReads.Channel(a).ChannelEndpointSid).ConfigureAwait(false);
            var entities = await SidsAsync(trustHub.TrustProducts.EntityAssignments(sid).ListAsync(new ListTrustProductEntityAssignmentRequest { PageSize = PageSize }, cancellationToken),
                e => WireReads.Entity(e).ObjectSid).ConfigureAwait(false);
            products.Add(new CapturedTrustProduct(product.Sid, product.FriendlyName, product.Status, product.PolicySid, numbers, entities));
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

    private static ConfiguredCancelableAsyncEnumerable<TOut> Read<TIn, TOut>(IAsyncEnumerable<TIn> items, Func<TIn, TOut> map) =>
        WireReads.Map(items, map).ConfigureAwait(false);

    private static async Task<IReadOnlyList<string>> SidsAsync<T>(IAsyncEnumerable<T> items, Func<T, string> sid)
    {
        var sids = new List<string>();
        await foreach (var item in items.ConfigureAwait(false)) sids.Add(sid(item));
        return Sorted(sids);
    }

    private static IReadOnlyList<string> Sorted(IEnumerable<string> sids) =>
        sids.Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
}
