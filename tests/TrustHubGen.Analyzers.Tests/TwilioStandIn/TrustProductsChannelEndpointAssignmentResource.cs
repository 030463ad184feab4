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
    public class TrustProductsChannelEndpointAssignmentResource : Resource
    {
        public static TrustProductsChannelEndpointAssignmentResource Create(CreateTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsChannelEndpointAssignmentResource CreateWithHeaders(CreateTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsChannelEndpointAssignmentResource> CreateAsync(CreateTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsChannelEndpointAssignmentResource> CreateWithHeadersAsync(CreateTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsChannelEndpointAssignmentResource Create(string pathTrustProductSid, string channelEndpointType, string channelEndpointSid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsChannelEndpointAssignmentResource CreateWithHeaders(string pathTrustProductSid, string channelEndpointType, string channelEndpointSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsChannelEndpointAssignmentResource> CreateAsync(string pathTrustProductSid, string channelEndpointType, string channelEndpointSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsChannelEndpointAssignmentResource> CreateWithHeadersAsync(string pathTrustProductSid, string channelEndpointType, string channelEndpointSid, ITwilioRestClient client = null) => throw null;
        public static bool Delete(DeleteTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(DeleteTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(DeleteTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(DeleteTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static bool Delete(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsChannelEndpointAssignmentResource Fetch(FetchTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsChannelEndpointAssignmentResource FetchWithHeaders(FetchTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsChannelEndpointAssignmentResource> FetchAsync(FetchTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsChannelEndpointAssignmentResource> FetchWithHeadersAsync(FetchTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static TrustProductsChannelEndpointAssignmentResource Fetch(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static TrustProductsChannelEndpointAssignmentResource FetchWithHeaders(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsChannelEndpointAssignmentResource> FetchAsync(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<TrustProductsChannelEndpointAssignmentResource> FetchWithHeadersAsync(string pathTrustProductSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsChannelEndpointAssignmentResource> Read(ReadTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsChannelEndpointAssignmentResource> ReadWithHeaders(ReadTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsChannelEndpointAssignmentResource>> ReadAsync(ReadTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsChannelEndpointAssignmentResource>> ReadWithHeadersAsync(ReadTrustProductsChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsChannelEndpointAssignmentResource> Read(string pathTrustProductSid, string channelEndpointSid = null, string channelEndpointSids = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<TrustProductsChannelEndpointAssignmentResource> ReadWithHeaders(string pathTrustProductSid, string channelEndpointSid = null, string channelEndpointSids = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsChannelEndpointAssignmentResource>> ReadAsync(string pathTrustProductSid, string channelEndpointSid = null, string channelEndpointSids = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<TrustProductsChannelEndpointAssignmentResource>> ReadWithHeadersAsync(string pathTrustProductSid, string channelEndpointSid = null, string channelEndpointSids = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public string Sid { get; set; }
        public string TrustProductSid { get; set; }
        public string AccountSid { get; set; }
        public string ChannelEndpointType { get; set; }
        public string ChannelEndpointSid { get; set; }
        public DateTime? DateCreated { get; set; }
        public Uri Url { get; set; }
    }
}
