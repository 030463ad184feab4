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
    public class CustomerProfilesResource : Resource
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
        public static CustomerProfilesResource Create(CreateCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource CreateWithHeaders(CreateCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> CreateAsync(CreateCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> CreateWithHeadersAsync(CreateCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource Create(string friendlyName, string email, string policySid, Uri statusCallback = null, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource CreateWithHeaders(string friendlyName, string email, string policySid, Uri statusCallback = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> CreateAsync(string friendlyName, string email, string policySid, Uri statusCallback = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> CreateWithHeadersAsync(string friendlyName, string email, string policySid, Uri statusCallback = null, ITwilioRestClient client = null) => throw null;
        public static bool Delete(DeleteCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(DeleteCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(DeleteCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(DeleteCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static bool Delete(string pathSid, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource Fetch(FetchCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource FetchWithHeaders(FetchCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> FetchAsync(FetchCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> FetchWithHeadersAsync(FetchCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource Fetch(string pathSid, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource FetchWithHeaders(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> FetchAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> FetchWithHeadersAsync(string pathSid, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesResource> Read(ReadCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesResource> ReadWithHeaders(ReadCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesResource>> ReadAsync(ReadCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesResource>> ReadWithHeadersAsync(ReadCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesResource> Read(CustomerProfilesResource.StatusEnum status = null, string friendlyName = null, string policySid = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<CustomerProfilesResource> ReadWithHeaders(CustomerProfilesResource.StatusEnum status = null, string friendlyName = null, string policySid = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesResource>> ReadAsync(CustomerProfilesResource.StatusEnum status = null, string friendlyName = null, string policySid = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<CustomerProfilesResource>> ReadWithHeadersAsync(CustomerProfilesResource.StatusEnum status = null, string friendlyName = null, string policySid = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource Update(UpdateCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource UpdateWithHeaders(UpdateCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> UpdateAsync(UpdateCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> UpdateWithHeadersAsync(UpdateCustomerProfilesOptions options, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource Update(string pathSid, CustomerProfilesResource.StatusEnum status = null, Uri statusCallback = null, string friendlyName = null, string email = null, ITwilioRestClient client = null) => throw null;
        public static CustomerProfilesResource UpdateWithHeaders(string pathSid, CustomerProfilesResource.StatusEnum status = null, Uri statusCallback = null, string friendlyName = null, string email = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> UpdateAsync(string pathSid, CustomerProfilesResource.StatusEnum status = null, Uri statusCallback = null, string friendlyName = null, string email = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<CustomerProfilesResource> UpdateWithHeadersAsync(string pathSid, CustomerProfilesResource.StatusEnum status = null, Uri statusCallback = null, string friendlyName = null, string email = null, ITwilioRestClient client = null) => throw null;
        public string Sid { get; set; }
        public string AccountSid { get; set; }
        public string PolicySid { get; set; }
        public string FriendlyName { get; set; }
        public CustomerProfilesResource.StatusEnum Status { get; set; }
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
