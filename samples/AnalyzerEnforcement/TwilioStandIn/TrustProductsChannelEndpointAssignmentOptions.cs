// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9); see TrustProductsResource.cs for why.
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio.Rest.Trusthub.V1.TrustProducts
{
    public class CreateTrustProductsChannelEndpointAssignmentOptions : IOptions<TrustProductsChannelEndpointAssignmentResource>
    {
        public CreateTrustProductsChannelEndpointAssignmentOptions(string pathTrustProductSid, string channelEndpointType, string channelEndpointSid) => throw null;
        public string PathTrustProductSid { get => throw null; }
        public string ChannelEndpointType { get => throw null; }
        public string ChannelEndpointSid { get => throw null; }
    }
    public class DeleteTrustProductsChannelEndpointAssignmentOptions : IOptions<TrustProductsChannelEndpointAssignmentResource>
    {
        public DeleteTrustProductsChannelEndpointAssignmentOptions(string pathTrustProductSid, string pathSid) => throw null;
        public string PathTrustProductSid { get => throw null; }
        public string PathSid { get => throw null; }
    }
    public class FetchTrustProductsChannelEndpointAssignmentOptions : IOptions<TrustProductsChannelEndpointAssignmentResource>
    {
        public FetchTrustProductsChannelEndpointAssignmentOptions(string pathTrustProductSid, string pathSid) => throw null;
        public string PathTrustProductSid { get => throw null; }
        public string PathSid { get => throw null; }
    }
    public class ReadTrustProductsChannelEndpointAssignmentOptions : ReadOptions<TrustProductsChannelEndpointAssignmentResource>
    {
        public ReadTrustProductsChannelEndpointAssignmentOptions(string pathTrustProductSid) => throw null;
        public string PathTrustProductSid { get => throw null; }
        public string ChannelEndpointSid { get => throw null; set => throw null; }
        public string ChannelEndpointSids { get => throw null; set => throw null; }
    }
}
