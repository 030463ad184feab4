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

namespace Twilio.Rest.Api.V2010.Account
{
    public class IncomingPhoneNumberResource : Resource
    {
        public sealed class EmergencyStatusEnum : StringEnum
        {
            private EmergencyStatusEnum(string value) : base(value) { }
            public EmergencyStatusEnum() { }
            public static implicit operator EmergencyStatusEnum(string value) => new EmergencyStatusEnum(value);
            public static readonly EmergencyStatusEnum Active = new EmergencyStatusEnum("Active");
            public static readonly EmergencyStatusEnum Inactive = new EmergencyStatusEnum("Inactive");
        }
        public sealed class EmergencyAddressStatusEnum : StringEnum
        {
            private EmergencyAddressStatusEnum(string value) : base(value) { }
            public EmergencyAddressStatusEnum() { }
            public static implicit operator EmergencyAddressStatusEnum(string value) => new EmergencyAddressStatusEnum(value);
            public static readonly EmergencyAddressStatusEnum Registered = new EmergencyAddressStatusEnum("registered");
            public static readonly EmergencyAddressStatusEnum Unregistered = new EmergencyAddressStatusEnum("unregistered");
            public static readonly EmergencyAddressStatusEnum PendingRegistration = new EmergencyAddressStatusEnum("pending-registration");
            public static readonly EmergencyAddressStatusEnum RegistrationFailure = new EmergencyAddressStatusEnum("registration-failure");
            public static readonly EmergencyAddressStatusEnum PendingUnregistration = new EmergencyAddressStatusEnum("pending-unregistration");
            public static readonly EmergencyAddressStatusEnum UnregistrationFailure = new EmergencyAddressStatusEnum("unregistration-failure");
        }
        public sealed class VoiceReceiveModeEnum : StringEnum
        {
            private VoiceReceiveModeEnum(string value) : base(value) { }
            public VoiceReceiveModeEnum() { }
            public static implicit operator VoiceReceiveModeEnum(string value) => new VoiceReceiveModeEnum(value);
            public static readonly VoiceReceiveModeEnum Voice = new VoiceReceiveModeEnum("voice");
            public static readonly VoiceReceiveModeEnum Fax = new VoiceReceiveModeEnum("fax");
        }
        public sealed class AddressRequirementEnum : StringEnum
        {
            private AddressRequirementEnum(string value) : base(value) { }
            public AddressRequirementEnum() { }
            public static implicit operator AddressRequirementEnum(string value) => new AddressRequirementEnum(value);
            public static readonly AddressRequirementEnum None = new AddressRequirementEnum("none");
            public static readonly AddressRequirementEnum Any = new AddressRequirementEnum("any");
            public static readonly AddressRequirementEnum Local = new AddressRequirementEnum("local");
            public static readonly AddressRequirementEnum Foreign = new AddressRequirementEnum("foreign");
        }
        public static bool Delete(DeleteIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(DeleteIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(DeleteIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(DeleteIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static bool Delete(string pathSid, string pathAccountSid = null, ITwilioRestClient client = null) => throw null;
        public static bool DeleteWithHeaders(string pathSid, string pathAccountSid = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteAsync(string pathSid, string pathAccountSid = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<bool> DeleteWithHeadersAsync(string pathSid, string pathAccountSid = null, ITwilioRestClient client = null) => throw null;
        public static IncomingPhoneNumberResource Fetch(FetchIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static IncomingPhoneNumberResource FetchWithHeaders(FetchIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<IncomingPhoneNumberResource> FetchAsync(FetchIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<IncomingPhoneNumberResource> FetchWithHeadersAsync(FetchIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static IncomingPhoneNumberResource Fetch(string pathSid, string pathAccountSid = null, ITwilioRestClient client = null) => throw null;
        public static IncomingPhoneNumberResource FetchWithHeaders(string pathSid, string pathAccountSid = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<IncomingPhoneNumberResource> FetchAsync(string pathSid, string pathAccountSid = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<IncomingPhoneNumberResource> FetchWithHeadersAsync(string pathSid, string pathAccountSid = null, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<IncomingPhoneNumberResource> Read(ReadIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<IncomingPhoneNumberResource> ReadWithHeaders(ReadIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<IncomingPhoneNumberResource>> ReadAsync(ReadIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<IncomingPhoneNumberResource>> ReadWithHeadersAsync(ReadIncomingPhoneNumberOptions options, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<IncomingPhoneNumberResource> Read(string pathAccountSid = null, bool? beta = null, string friendlyName = null, Types.PhoneNumber phoneNumber = null, string origin = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static ResourceSet<IncomingPhoneNumberResource> ReadWithHeaders(string pathAccountSid = null, bool? beta = null, string friendlyName = null, Types.PhoneNumber phoneNumber = null, string origin = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<IncomingPhoneNumberResource>> ReadAsync(string pathAccountSid = null, bool? beta = null, string friendlyName = null, Types.PhoneNumber phoneNumber = null, string origin = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public static System.Threading.Tasks.Task<ResourceSet<IncomingPhoneNumberResource>> ReadWithHeadersAsync(string pathAccountSid = null, bool? beta = null, string friendlyName = null, Types.PhoneNumber phoneNumber = null, string origin = null, long? pageSize = null, long? limit = null, ITwilioRestClient client = null) => throw null;
        public string AccountSid { get; set; }
        public string AddressSid { get; set; }
        public IncomingPhoneNumberResource.AddressRequirementEnum AddressRequirements { get; set; }
        public string ApiVersion { get; set; }
        public bool? Beta { get; set; }
        public PhoneNumberCapabilities Capabilities { get; set; }
        public DateTime? DateCreated { get; set; }
        public DateTime? DateUpdated { get; set; }
        public string FriendlyName { get; set; }
        public string IdentitySid { get; set; }
        public Types.PhoneNumber PhoneNumber { get; set; }
        public string Origin { get; set; }
        public string Sid { get; set; }
        public string SmsApplicationSid { get; set; }
        public Twilio.Http.HttpMethod SmsFallbackMethod { get; set; }
        public Uri SmsFallbackUrl { get; set; }
        public Twilio.Http.HttpMethod SmsMethod { get; set; }
        public Uri SmsUrl { get; set; }
        public Uri StatusCallback { get; set; }
        public Twilio.Http.HttpMethod StatusCallbackMethod { get; set; }
        public string TrunkSid { get; set; }
        public string Uri { get; set; }
        public IncomingPhoneNumberResource.VoiceReceiveModeEnum VoiceReceiveMode { get; set; }
        public string VoiceApplicationSid { get; set; }
        public bool? VoiceCallerIdLookup { get; set; }
        public Twilio.Http.HttpMethod VoiceFallbackMethod { get; set; }
        public Uri VoiceFallbackUrl { get; set; }
        public Twilio.Http.HttpMethod VoiceMethod { get; set; }
        public Uri VoiceUrl { get; set; }
        public IncomingPhoneNumberResource.EmergencyStatusEnum EmergencyStatus { get; set; }
        public string EmergencyAddressSid { get; set; }
        public IncomingPhoneNumberResource.EmergencyAddressStatusEnum EmergencyAddressStatus { get; set; }
        public string BundleSid { get; set; }
        public string Status { get; set; }
        public string Type { get; set; }
    }
}
