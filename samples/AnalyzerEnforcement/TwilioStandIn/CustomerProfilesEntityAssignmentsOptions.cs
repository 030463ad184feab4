// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9); see TrustProductsResource.cs for why.
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio.Rest.Trusthub.V1.CustomerProfiles
{
    public class CreateCustomerProfilesEntityAssignmentsOptions : IOptions<CustomerProfilesEntityAssignmentsResource>
    {
        public CreateCustomerProfilesEntityAssignmentsOptions(string pathCustomerProfileSid, string objectSid) => throw null;
        public string PathCustomerProfileSid { get => throw null; }
        public string ObjectSid { get => throw null; }
    }
    public class DeleteCustomerProfilesEntityAssignmentsOptions : IOptions<CustomerProfilesEntityAssignmentsResource>
    {
        public DeleteCustomerProfilesEntityAssignmentsOptions(string pathCustomerProfileSid, string pathSid) => throw null;
        public string PathCustomerProfileSid { get => throw null; }
        public string PathSid { get => throw null; }
    }
    public class FetchCustomerProfilesEntityAssignmentsOptions : IOptions<CustomerProfilesEntityAssignmentsResource>
    {
        public FetchCustomerProfilesEntityAssignmentsOptions(string pathCustomerProfileSid, string pathSid) => throw null;
        public string PathCustomerProfileSid { get => throw null; }
        public string PathSid { get => throw null; }
    }
    public class ReadCustomerProfilesEntityAssignmentsOptions : ReadOptions<CustomerProfilesEntityAssignmentsResource>
    {
        public ReadCustomerProfilesEntityAssignmentsOptions(string pathCustomerProfileSid) => throw null;
        public string PathCustomerProfileSid { get => throw null; }
        public string ObjectType { get => throw null; set => throw null; }
    }
}
