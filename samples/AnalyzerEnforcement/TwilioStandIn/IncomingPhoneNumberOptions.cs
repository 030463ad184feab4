// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9); see TrustProductsResource.cs for why.
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio.Rest.Api.V2010.Account
{
    public class DeleteIncomingPhoneNumberOptions : IOptions<IncomingPhoneNumberResource>
    {
        public DeleteIncomingPhoneNumberOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
        public string PathAccountSid { get => throw null; set => throw null; }
    }
    public class FetchIncomingPhoneNumberOptions : IOptions<IncomingPhoneNumberResource>
    {
        public FetchIncomingPhoneNumberOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
        public string PathAccountSid { get => throw null; set => throw null; }
    }
    public class ReadIncomingPhoneNumberOptions : ReadOptions<IncomingPhoneNumberResource>
    {
        public ReadIncomingPhoneNumberOptions() => throw null;
        public string PathAccountSid { get => throw null; set => throw null; }
        public bool? Beta { get => throw null; set => throw null; }
        public string FriendlyName { get => throw null; set => throw null; }
        public Types.PhoneNumber PhoneNumber { get => throw null; set => throw null; }
        public string Origin { get => throw null; set => throw null; }
    }
}
