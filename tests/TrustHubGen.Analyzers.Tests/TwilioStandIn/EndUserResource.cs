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
    public class EndUserResource : Resource
    {
        public static EndUserResource Create(CreateEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static EndUserResource CreateWithHeaders(CreateEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> CreateAsync(CreateEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> CreateWithHeadersAsync(CreateEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static EndUserResource Create(string friendlyName, string type, object attributes = null, ITwilioRestClient client = null) => throw null;
        public static EndUserResource CreateWithHeaders(string friendlyName, string type, object attributes = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> CreateAsync(string friendlyName, string type, object attributes = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> CreateWithHeadersAsync(string friendlyName, string type, object attributes = null, ITwilioRestClient client = null) => throw null;
        public static bool Delete(DeleteEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(DeleteEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(DeleteEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(DeleteEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static bool Delete(string pathSid, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static EndUserResource Fetch(FetchEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static EndUserResource FetchWithHeaders(FetchEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> FetchAsync(FetchEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> FetchWithHeadersAsync(FetchEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static EndUserResource Fetch(string pathSid, ITwilioRestClient client = null) => throw null;
        public static EndUserResource FetchWithHeaders(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> FetchAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> FetchWithHeadersAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<EndUserResource> Read(ReadEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<EndUserResource> ReadWithHeaders(ReadEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<EndUserResource>> ReadAsync(ReadEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<EndUserResource>> ReadWithHeadersAsync(ReadEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<EndUserResource> Read(long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<EndUserResource> ReadWithHeaders(long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<EndUserResource>> ReadAsync(long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<EndUserResource>> ReadWithHeadersAsync(long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static EndUserResource Update(UpdateEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static EndUserResource UpdateWithHeaders(UpdateEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> UpdateAsync(UpdateEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> UpdateWithHeadersAsync(UpdateEndUserOptions options, ITwilioRestClient client = null) => throw null;
        public static EndUserResource Update(string pathSid, string friendlyName = null, object attributes = null, ITwilioRestClient client = null) => throw null;
        public static EndUserResource UpdateWithHeaders(string pathSid, string friendlyName = null, object attributes = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> UpdateAsync(string pathSid, string friendlyName = null, object attributes = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<EndUserResource> UpdateWithHeadersAsync(string pathSid, string friendlyName = null, object attributes = null, ITwilioRestClient client = null) => throw null;
        public string Sid { get; set; }
        public string AccountSid { get; set; }
        public string FriendlyName { get; set; }
        public string Type { get; set; }
        public object Attributes { get; set; }
        public DateTime? DateCreated { get; set; }
        public DateTime? DateUpdated { get; set; }
        public Uri Url { get; set; }
    }
}
