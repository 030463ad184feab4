// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9); see TrustProductsResource.cs for why.
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio.Rest.Trusthub.V1.TrustProducts
{
    public class CreateTrustProductsEvaluationsOptions : IOptions<TrustProductsEvaluationsResource>
    {
        public CreateTrustProductsEvaluationsOptions(string pathTrustProductSid, string policySid) => throw null;
        public string PathTrustProductSid { get => throw null; }
        public string PolicySid { get => throw null; }
    }
    public class FetchTrustProductsEvaluationsOptions : IOptions<TrustProductsEvaluationsResource>
    {
        public FetchTrustProductsEvaluationsOptions(string pathTrustProductSid, string pathSid) => throw null;
        public string PathTrustProductSid { get => throw null; }
        public string PathSid { get => throw null; }
    }
    public class ReadTrustProductsEvaluationsOptions : ReadOptions<TrustProductsEvaluationsResource>
    {
        public ReadTrustProductsEvaluationsOptions(string pathTrustProductSid) => throw null;
        public string PathTrustProductSid { get => throw null; }
    }
}
