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
    public class TrustProductsEntityAssignmentsResource : Resource
    {
        public static TrustProductsEntityAssignmentsResource Create(CreateTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEntityAssignmentsResource CreateWithHeaders(CreateTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEntityAssignmentsResource> CreateAsync(CreateTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEntityAssignmentsResource> CreateWithHeadersAsync(CreateTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEntityAssignmentsResource Create(string pathTrustProductSid, string objectSid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEntityAssignmentsResource CreateWithHeaders(string pathTrustProductSid, string objectSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEntityAssignmentsResource> CreateAsync(string pathTrustProductSid, string objectSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEntityAssignmentsResource> CreateWithHeadersAsync(string pathTrustProductSid, string objectSid, ITwilioRestClient client = null) => throw null;
        public static bool Delete(DeleteTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(DeleteTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(DeleteTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(DeleteTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static bool Delete(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEntityAssignmentsResource Fetch(FetchTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEntityAssignmentsResource FetchWithHeaders(FetchTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEntityAssignmentsResource> FetchAsync(FetchTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEntityAssignmentsResource> FetchWithHeadersAsync(FetchTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEntityAssignmentsResource Fetch(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsEntityAssignmentsResource FetchWithHeaders(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEntityAssignmentsResource> FetchAsync(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsEntityAssignmentsResource> FetchWithHeadersAsync(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsEntityAssignmentsResource> Read(ReadTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsEntityAssignmentsResource> ReadWithHeaders(ReadTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsEntityAssignmentsResource>> ReadAsync(ReadTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsEntityAssignmentsResource>> ReadWithHeadersAsync(ReadTrustProductsEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsEntityAssignmentsResource> Read(string pathTrustProductSid, string objectType = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsEntityAssignmentsResource> ReadWithHeaders(string pathTrustProductSid, string objectType = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsEntityAssignmentsResource>> ReadAsync(string pathTrustProductSid, string objectType = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsEntityAssignmentsResource>> ReadWithHeadersAsync(string pathTrustProductSid, string objectType = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public string Sid { get; set; }
        public string TrustProductSid { get; set; }
        public string AccountSid { get; set; }
        public string ObjectSid { get; set; }
        public DateTime? DateCreated { get; set; }
        public Uri Url { get; set; }
    }
}
