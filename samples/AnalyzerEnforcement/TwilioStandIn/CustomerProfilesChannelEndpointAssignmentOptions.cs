// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9); see TrustProductsResource.cs for why.
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio.Rest.Trusthub.V1.CustomerProfiles
{
    public class CreateCustomerProfilesChannelEndpointAssignmentOptions : IOptions<CustomerProfilesChannelEndpointAssignmentResource>
    {
        public CreateCustomerProfilesChannelEndpointAssignmentOptions(string pathCustomerProfileSid, string channelEndpointType, string channelEndpointSid) => throw null;
        public string PathCustomerProfileSid { get => throw null; }
        public string ChannelEndpointType { get => throw null; }
        public string ChannelEndpointSid { get => throw null; }
    }
    public class DeleteCustomerProfilesChannelEndpointAssignmentOptions : IOptions<CustomerProfilesChannelEndpointAssignmentResource>
    {
        public DeleteCustomerProfilesChannelEndpointAssignmentOptions(string pathCustomerProfileSid, string pathSid) => throw null;
        public string PathCustomerProfileSid { get => throw null; }
        public string PathSid { get => throw null; }
    }
    public class FetchCustomerProfilesChannelEndpointAssignmentOptions : IOptions<CustomerProfilesChannelEndpointAssignmentResource>
    {
        public FetchCustomerProfilesChannelEndpointAssignmentOptions(string pathCustomerProfileSid, string pathSid) => throw null;
        public string PathCustomerProfileSid { get => throw null; }
        public string PathSid { get => throw null; }
    }
    public class ReadCustomerProfilesChannelEndpointAssignmentOptions : ReadOptions<CustomerProfilesChannelEndpointAssignmentResource>
    {
        public ReadCustomerProfilesChannelEndpointAssignmentOptions(string pathCustomerProfileSid) => throw null;
        public string PathCustomerProfileSid { get => throw null; }
        public string ChannelEndpointSid { get => throw null; set => throw null; }
        public string ChannelEndpointSids { get => throw null; set => throw null; }
    }
}
