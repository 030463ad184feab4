// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9); see TrustProductsResource.cs for why.
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio.Rest.Trusthub.V1.TrustProducts
{
    public class CreateTrustProductsEntityAssignmentsOptions : IOptions<TrustProductsEntityAssignmentsResource>
    {
        public CreateTrustProductsEntityAssignmentsOptions(string pathTrustProductSid, string objectSid) => throw null;
        public string PathTrustProductSid { get => throw null; }
        public string ObjectSid { get => throw null; }
    }
    public class DeleteTrustProductsEntityAssignmentsOptions : IOptions<TrustProductsEntityAssignmentsResource>
    {
        public DeleteTrustProductsEntityAssignmentsOptions(string pathTrustProductSid, string pathSid) => throw null;
        public string PathTrustProductSid { get => throw null; }
        public string PathSid { get => throw null; }
    }
    public class FetchTrustProductsEntityAssignmentsOptions : IOptions<TrustProductsEntityAssignmentsResource>
    {
        public FetchTrustProductsEntityAssignmentsOptions(string pathTrustProductSid, string pathSid) => throw null;
        public string PathTrustProductSid { get => throw null; }
        public string PathSid { get => throw null; }
    }
    public class ReadTrustProductsEntityAssignmentsOptions : ReadOptions<TrustProductsEntityAssignmentsResource>
    {
        public ReadTrustProductsEntityAssignmentsOptions(string pathTrustProductSid) => throw null;
        public string PathTrustProductSid { get => throw null; }
        public string ObjectType { get => throw null; set => throw null; }
    }
}
