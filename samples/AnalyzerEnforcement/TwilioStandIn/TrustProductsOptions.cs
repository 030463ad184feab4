// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9); see TrustProductsResource.cs for why.
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio.Rest.Trusthub.V1
{
    public class CreateTrustProductsOptions : IOptions<TrustProductsResource>
    {
        public CreateTrustProductsOptions(string friendlyName, string email, string policySid) => throw null;
        public string FriendlyName { get => throw null; }
        public string Email { get => throw null; }
        public string PolicySid { get => throw null; }
        public Uri StatusCallback { get => throw null; set => throw null; }
    }
    public class DeleteTrustProductsOptions : IOptions<TrustProductsResource>
    {
        public DeleteTrustProductsOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
    }
    public class FetchTrustProductsOptions : IOptions<TrustProductsResource>
    {
        public FetchTrustProductsOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
    }
    public class ReadTrustProductsOptions : ReadOptions<TrustProductsResource>
    {
        public ReadTrustProductsOptions() => throw null;
        public TrustProductsResource.StatusEnum Status { get => throw null; set => throw null; }
        public string FriendlyName { get => throw null; set => throw null; }
        public string PolicySid { get => throw null; set => throw null; }
    }
    public class UpdateTrustProductsOptions : IOptions<TrustProductsResource>
    {
        public UpdateTrustProductsOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
        public TrustProductsResource.StatusEnum Status { get => throw null; set => throw null; }
        public Uri StatusCallback { get => throw null; set => throw null; }
        public string FriendlyName { get => throw null; set => throw null; }
        public string Email { get => throw null; set => throw null; }
    }
}
