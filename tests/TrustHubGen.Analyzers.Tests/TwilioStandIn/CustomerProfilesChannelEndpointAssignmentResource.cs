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

namespace Twilio.Rest.Trusthub.V1.CustomerProfiles
{
    public class CustomerProfilesChannelEndpointAssignmentResource : Resource
    {
        public static CustomerProfilesChannelEndpointAssignmentResource Create(CreateCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesChannelEndpointAssignmentResource CreateWithHeaders(CreateCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesChannelEndpointAssignmentResource> CreateAsync(CreateCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesChannelEndpointAssignmentResource> CreateWithHeadersAsync(CreateCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesChannelEndpointAssignmentResource Create(string pathCustomerProfileSid, string channelEndpointType, string channelEndpointSid, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesChannelEndpointAssignmentResource CreateWithHeaders(string pathCustomerProfileSid, string channelEndpointType, string channelEndpointSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesChannelEndpointAssignmentResource> CreateAsync(string pathCustomerProfileSid, string channelEndpointType, string channelEndpointSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesChannelEndpointAssignmentResource> CreateWithHeadersAsync(string pathCustomerProfileSid, string channelEndpointType, string channelEndpointSid, ITwilioRestClient client = null) => throw null;
        public static bool Delete(DeleteCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(DeleteCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(DeleteCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(DeleteCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static bool Delete(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesChannelEndpointAssignmentResource Fetch(FetchCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesChannelEndpointAssignmentResource FetchWithHeaders(FetchCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesChannelEndpointAssignmentResource> FetchAsync(FetchCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesChannelEndpointAssignmentResource> FetchWithHeadersAsync(FetchCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesChannelEndpointAssignmentResource Fetch(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesChannelEndpointAssignmentResource FetchWithHeaders(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesChannelEndpointAssignmentResource> FetchAsync(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesChannelEndpointAssignmentResource> FetchWithHeadersAsync(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesChannelEndpointAssignmentResource> Read(ReadCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesChannelEndpointAssignmentResource> ReadWithHeaders(ReadCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesChannelEndpointAssignmentResource>> ReadAsync(ReadCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesChannelEndpointAssignmentResource>> ReadWithHeadersAsync(ReadCustomerProfilesChannelEndpointAssignmentOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesChannelEndpointAssignmentResource> Read(string pathCustomerProfileSid, string channelEndpointSid = null, string channelEndpointSids = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesChannelEndpointAssignmentResource> ReadWithHeaders(string pathCustomerProfileSid, string channelEndpointSid = null, string channelEndpointSids = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesChannelEndpointAssignmentResource>> ReadAsync(string pathCustomerProfileSid, string channelEndpointSid = null, string channelEndpointSids = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesChannelEndpointAssignmentResource>> ReadWithHeadersAsync(string pathCustomerProfileSid, string channelEndpointSid = null, string channelEndpointSids = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public string Sid { get; set; }
        public string CustomerProfileSid { get; set; }
        public string AccountSid { get; set; }
        public string ChannelEndpointType { get; set; }
        public string ChannelEndpointSid { get; set; }
        public DateTime? DateCreated { get; set; }
        public Uri Url { get; set; }
    }
}
