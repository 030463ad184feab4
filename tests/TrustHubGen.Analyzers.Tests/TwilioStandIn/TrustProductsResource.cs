// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9), from
// its public source (twilio/twilio-csharp, Rest/Trusthub/V1). Compiled in memory by the tests into an assembly named "Twilio" so the
// analyzers bind to these types exactly as to the real library. Bodies are irrelevant: every member throws.
// The …WithHeaders/…WithHeadersAsync variants take the same parameters as their twins; their return types are not in
// the surface notes, so they return what the twin returns (the analyzers never look at return types).
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio.Rest.Trusthub.V1
{
    public class TrustProductsResource : Resource
    {
        public sealed class StatusEnum : StringEnum
        {
            private StatusEnum(string value) : base(value) { }
            public StatusEnum() { }
            public static implicit operator StatusEnum(string value) => new StatusEnum(value);
            public static readonly StatusEnum Draft = new StatusEnum("draft");
            public static readonly StatusEnum PendingReview = new StatusEnum("pending-review");
            public static readonly StatusEnum InReview = new StatusEnum("in-review");
            public static readonly StatusEnum TwilioRejected = new StatusEnum("twilio-rejected");
            public static readonly StatusEnum TwilioApproved = new StatusEnum("twilio-approved");
        }
        public static TrustProductsResource Create(CreateTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource CreateWithHeaders(CreateTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> CreateAsync(CreateTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> CreateWithHeadersAsync(CreateTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource Create(string friendlyName, string email, string policySid, Uri statusCallback = null, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource CreateWithHeaders(string friendlyName, string email, string policySid, Uri statusCallback = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> CreateAsync(string friendlyName, string email, string policySid, Uri statusCallback = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> CreateWithHeadersAsync(string friendlyName, string email, string policySid, Uri statusCallback = null, ITwilioRestClient client = null) => throw null;
        public static bool Delete(DeleteTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(DeleteTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(DeleteTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(DeleteTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static bool Delete(string pathSid, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource Fetch(FetchTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource FetchWithHeaders(FetchTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> FetchAsync(FetchTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> FetchWithHeadersAsync(FetchTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource Fetch(string pathSid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource FetchWithHeaders(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> FetchAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> FetchWithHeadersAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsResource> Read(ReadTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsResource> ReadWithHeaders(ReadTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsResource>> ReadAsync(ReadTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsResource>> ReadWithHeadersAsync(ReadTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsResource> Read(TrustProductsResource.StatusEnum status = null, string friendlyName = null, string policySid = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsResource> ReadWithHeaders(TrustProductsResource.StatusEnum status = null, string friendlyName = null, string policySid = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsResource>> ReadAsync(TrustProductsResource.StatusEnum status = null, string friendlyName = null, string policySid = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsResource>> ReadWithHeadersAsync(TrustProductsResource.StatusEnum status = null, string friendlyName = null, string policySid = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource Update(UpdateTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource UpdateWithHeaders(UpdateTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> UpdateAsync(UpdateTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> UpdateWithHeadersAsync(UpdateTrustProductsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource Update(string pathSid, TrustProductsResource.StatusEnum status = null, Uri statusCallback = null, string friendlyName = null, string email = null, ITwilioRestClient client = null) => throw null;
        public static TrustProductsResource UpdateWithHeaders(string pathSid, TrustProductsResource.StatusEnum status = null, Uri statusCallback = null, string friendlyName = null, string email = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> UpdateAsync(string pathSid, TrustProductsResource.StatusEnum status = null, Uri statusCallback = null, string friendlyName = null, string email = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsResource> UpdateWithHeadersAsync(string pathSid, TrustProductsResource.StatusEnum status = null, Uri statusCallback = null, string friendlyName = null, string email = null, ITwilioRestClient client = null) => throw null;
        public string Sid { get; set; }
        public string AccountSid { get; set; }
        public string PolicySid { get; set; }
        public string FriendlyName { get; set; }
        public TrustProductsResource.StatusEnum Status { get; set; }
        public DateTime? ValidUntil { get; set; }
        public string Email { get; set; }
        public Uri StatusCallback { get; set; }
        public DateTime? DateCreated { get; set; }
        public DateTime? DateUpdated { get; set; }
        public Uri Url { get; set; }
        public Dictionary<string, string> Links { get; set; }
        public List<object> Errors { get; set; }
    }
}
