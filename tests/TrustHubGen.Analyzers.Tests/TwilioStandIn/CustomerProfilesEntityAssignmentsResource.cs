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
    public class CustomerProfilesEntityAssignmentsResource : Resource
    {
        public static CustomerProfilesEntityAssignmentsResource Create(CreateCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesEntityAssignmentsResource CreateWithHeaders(CreateCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesEntityAssignmentsResource> CreateAsync(CreateCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesEntityAssignmentsResource> CreateWithHeadersAsync(CreateCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesEntityAssignmentsResource Create(string pathCustomerProfileSid, string objectSid, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesEntityAssignmentsResource CreateWithHeaders(string pathCustomerProfileSid, string objectSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesEntityAssignmentsResource> CreateAsync(string pathCustomerProfileSid, string objectSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesEntityAssignmentsResource> CreateWithHeadersAsync(string pathCustomerProfileSid, string objectSid, ITwilioRestClient client = null) => throw null;
        public static bool Delete(DeleteCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(DeleteCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(DeleteCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(DeleteCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static bool Delete(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesEntityAssignmentsResource Fetch(FetchCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesEntityAssignmentsResource FetchWithHeaders(FetchCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesEntityAssignmentsResource> FetchAsync(FetchCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesEntityAssignmentsResource> FetchWithHeadersAsync(FetchCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesEntityAssignmentsResource Fetch(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesEntityAssignmentsResource FetchWithHeaders(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesEntityAssignmentsResource> FetchAsync(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesEntityAssignmentsResource> FetchWithHeadersAsync(string pathCustomerProfileSid, string pathSid, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesEntityAssignmentsResource> Read(ReadCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesEntityAssignmentsResource> ReadWithHeaders(ReadCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesEntityAssignmentsResource>> ReadAsync(ReadCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesEntityAssignmentsResource>> ReadWithHeadersAsync(ReadCustomerProfilesEntityAssignmentsOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesEntityAssignmentsResource> Read(string pathCustomerProfileSid, string objectType = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesEntityAssignmentsResource> ReadWithHeaders(string pathCustomerProfileSid, string objectType = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesEntityAssignmentsResource>> ReadAsync(string pathCustomerProfileSid, string objectType = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesEntityAssignmentsResource>> ReadWithHeadersAsync(string pathCustomerProfileSid, string objectType = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public string Sid { get; set; }
        public string CustomerProfileSid { get; set; }
        public string AccountSid { get; set; }
        public string ObjectSid { get; set; }
        public DateTime? DateCreated { get; set; }
        public Uri Url { get; set; }
    }
}
