// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9); see TrustProductsResource.cs for why.
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio.Rest.Trusthub.V1
{
    public class CreateEndUserOptions : IOptions<EndUserResource>
    {
        public CreateEndUserOptions(string friendlyName, string type) => throw null;
        public string FriendlyName { get => throw null; }
        public string Type { get => throw null; }
        public object Attributes { get => throw null; set => throw null; }
    }
    public class DeleteEndUserOptions : IOptions<EndUserResource>
    {
        public DeleteEndUserOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
    }
    public class FetchEndUserOptions : IOptions<EndUserResource>
    {
        public FetchEndUserOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
    }
    public class ReadEndUserOptions : ReadOptions<EndUserResource>
    {
        public ReadEndUserOptions() => throw null;
    }
    public class UpdateEndUserOptions : IOptions<EndUserResource>
    {
        public UpdateEndUserOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
        public string FriendlyName { get => throw null; set => throw null; }
        public object Attributes { get => throw null; set => throw null; }
    }
}
