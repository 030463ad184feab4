// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9); see TrustProductsResource.cs for why.
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio.Rest.Trusthub.V1
{
    public class CreateCustomerProfilesOptions : IOptions<CustomerProfilesResource>
    {
        public CreateCustomerProfilesOptions(string friendlyName, string email, string policySid) => throw null;
        public string FriendlyName { get => throw null; }
        public string Email { get => throw null; }
        public string PolicySid { get => throw null; }
        public Uri StatusCallback { get => throw null; set => throw null; }
    }
    public class DeleteCustomerProfilesOptions : IOptions<CustomerProfilesResource>
    {
        public DeleteCustomerProfilesOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
    }
    public class FetchCustomerProfilesOptions : IOptions<CustomerProfilesResource>
    {
        public FetchCustomerProfilesOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
    }
    public class ReadCustomerProfilesOptions : ReadOptions<CustomerProfilesResource>
    {
        public ReadCustomerProfilesOptions() => throw null;
        public CustomerProfilesResource.StatusEnum Status { get => throw null; set => throw null; }
        public string FriendlyName { get => throw null; set => throw null; }
        public string PolicySid { get => throw null; set => throw null; }
    }
    public class UpdateCustomerProfilesOptions : IOptions<CustomerProfilesResource>
    {
        public UpdateCustomerProfilesOptions(string pathSid) => throw null;
        public string PathSid { get => throw null; }
        public CustomerProfilesResource.StatusEnum Status { get => throw null; set => throw null; }
        public Uri StatusCallback { get => throw null; set => throw null; }
        public string FriendlyName { get => throw null; set => throw null; }
        public string Email { get => throw null; set => throw null; }
    }
}
