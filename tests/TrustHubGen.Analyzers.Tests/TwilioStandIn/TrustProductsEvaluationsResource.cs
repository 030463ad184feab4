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

namespace Twilio.Rest.Trusthub.V1.TrustProducts
{
    public class TrustProductsEvaluationsResource : Resource
    {
        public sealed class StatusEnum : StringEnum
        {
            private StatusEnum(string value) : base(value) { }
            public StatusEnum() { }
            public static implicit operator StatusEnum(string value) => new StatusEnum(value);
            public static readonly StatusEnum Compliant = new StatusEnum("compliant");
            public static readonly StatusEnum Noncompliant = new StatusEnum("noncompliant");
        }
        public static TrustProductsEvaluationsResource Create(CreateTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEvaluationsResource CreateWithHeaders(CreateTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEvaluationsResource> CreateAsync(CreateTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEvaluationsResource> CreateWithHeadersAsync(CreateTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEvaluationsResource Create(string pathTrustProductSid, string policySid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEvaluationsResource CreateWithHeaders(string pathTrustProductSid, string policySid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEvaluationsResource> CreateAsync(string pathTrustProductSid, string policySid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEvaluationsResource> CreateWithHeadersAsync(string pathTrustProductSid, string policySid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEvaluationsResource Fetch(FetchTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEvaluationsResource FetchWithHeaders(FetchTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEvaluationsResource> FetchAsync(FetchTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEvaluationsResource> FetchWithHeadersAsync(FetchTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEvaluationsResource Fetch(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEvaluationsResource FetchWithHeaders(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEvaluationsResource> FetchAsync(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEvaluationsResource> FetchWithHeadersAsync(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsEvaluationsResource> Read(ReadTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsEvaluationsResource> ReadWithHeaders(ReadTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsEvaluationsResource>> ReadAsync(ReadTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsEvaluationsResource>> ReadWithHeadersAsync(ReadTrustProductsEvaluationsOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsEvaluationsResource> Read(string pathTrustProductSid, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsEvaluationsResource> ReadWithHeaders(string pathTrustProductSid, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsEvaluationsResource>> ReadAsync(string pathTrustProductSid, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsEvaluationsResource>> ReadWithHeadersAsync(string pathTrustProductSid, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public string Sid { get; set; }
        public string AccountSid { get; set; }
        public string PolicySid { get; set; }
        public string TrustProductSid { get; set; }
        public TrustProductsEvaluationsResource.StatusEnum Status { get; set; }
        public List<object> Results { get; set; }
        public DateTime? DateCreated { get; set; }
        public Uri Url { get; set; }
    }
}
