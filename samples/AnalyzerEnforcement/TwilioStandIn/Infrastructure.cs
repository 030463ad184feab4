// Stand-in for the public shapes of Twilio's C# library (package Twilio 7.14.9); see TrustProductsResource.cs for why.
#nullable disable
using System;
using System.Collections.Generic;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Types;

namespace Twilio
{
    public class TwilioClient
    {
        public static void Init(string username, string password) => throw null;
        public static void Init(string username, string password, string accountSid) => throw null;
        public static void Init(Twilio.Credential.CredentialProvider credentialProvider) => throw null;
        public static void Init(Twilio.Credential.CredentialProvider credentialProvider, string accountSid) => throw null;
        public static void SetCredentialProvider(Twilio.Credential.CredentialProvider credentialProvider) => throw null;
        public static void SetUsername(string username) => throw null;
        public static void SetPassword(string password) => throw null;
        public static void SetAccountSid(string accountSid) => throw null;
        public static void SetRegion(string region) => throw null;
        public static void SetEdge(string edge) => throw null;
        public static void SetLogLevel(string loglevel) => throw null;
        public static ITwilioRestClient GetNoAuthRestClient() => throw null;
        public static ITwilioRestClient GetRestClient() => throw null;
        public static void SetRestClient(ITwilioRestClient restClient) => throw null;
        public static void Invalidate() => throw null;
        public static void InvalidateNoAuth() => throw null;
        public static void InvalidateOAuthCreds() => throw null;
        public static void InvalidateBasicCreds() => throw null;
        public static void ValidateSslCertificate() => throw null;
    }
}
namespace Twilio.Credential
{
    public abstract class CredentialProvider { }
}
namespace Twilio.Clients
{
    public interface ITwilioRestClient
    {
        string AccountSid { get; }
        string Region { get; }
        Twilio.Http.HttpClient HttpClient { get; }
        Twilio.Http.Response Request(Twilio.Http.Request request);
        System.Threading.Tasks.Task<Twilio.Http.Response> RequestAsync(Twilio.Http.Request request);
    }
    public class TwilioRestClient : ITwilioRestClient
    {
        public TwilioRestClient(string username, string password, string accountSid = null, string region = null, Twilio.Http.HttpClient httpClient = null, string edge = null) => throw null;
        public TwilioRestClient(string username, string password, Twilio.AuthStrategies.AuthStrategy authstrategy, string accountSid = null, string region = null, Twilio.Http.HttpClient httpClient = null, string edge = null) => throw null;
        public Twilio.Http.HttpClient HttpClient => throw null;
        public string AccountSid => throw null;
        public string Region => throw null;
        public string Edge { get => throw null; set => throw null; }
        public string LogLevel { get => throw null; set => throw null; }
        public Twilio.Http.Response Request(Twilio.Http.Request request) => throw null;
        public System.Threading.Tasks.Task<Twilio.Http.Response> RequestAsync(Twilio.Http.Request request) => throw null;
        public static void ValidateSslCertificate() => throw null;
        public static void ValidateSslCertificate(Twilio.Http.HttpClient client) => throw null;
    }
}
namespace Twilio.AuthStrategies
{
    public abstract class AuthStrategy { }
}
namespace Twilio.Http
{
    public class Request { }
    public class Response { }
    public class HttpMethod { }
    public abstract class HttpClient
    {
        public abstract Response MakeRequest(Request request);
        public abstract System.Threading.Tasks.Task<Response> MakeRequestAsync(Request request);
        public string Authentication(string username, string password) => throw null;
    }
    public class SystemNetHttpClient : HttpClient
    {
        public SystemNetHttpClient(System.Net.Http.HttpClient httpClient = null) => throw null;
        public override Response MakeRequest(Request request) => throw null;
        public override System.Threading.Tasks.Task<Response> MakeRequestAsync(Request request) => throw null;
    }
}
namespace Twilio.Types
{
    public abstract class StringEnum
    {
        protected StringEnum() { }
        protected StringEnum(string value) => throw null;
        public void FromString(string value) => throw null;
        public override string ToString() => throw null;
        public override int GetHashCode() => throw null;
        public override bool Equals(object obj) => throw null;
    }
    public class PhoneNumber
    {
        public PhoneNumber(string number) => throw null;
        public static implicit operator PhoneNumber(string number) => throw null;
        public override string ToString() => throw null;
    }
    public class PhoneNumberCapabilities { }
}
namespace Twilio.Base
{
    public abstract class Resource { }
    public interface IOptions<T> where T : Resource { }
    public abstract class ReadOptions<T> where T : Resource
    {
        public long? PageSize { get; set; }
        public long? Limit { get; set; }
    }
    public class ResourceSet<T> : IEnumerable<T> where T : Resource
    {
        public IEnumerator<T> GetEnumerator() => throw null;
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw null;
    }
}
namespace Twilio.Exceptions
{
    public class TwilioException : Exception
    {
        public TwilioException(string message) : base(message) { }
        public TwilioException(string message, Exception exception) : base(message, exception) { }
    }
    public class ApiException : TwilioException
    {
        public ApiException(string message) : base(message) { }
        public ApiException(string message, Exception exception) : base(message, exception) { }
        public ApiException(int code, int status, string message, string moreInfo, Dictionary<string, object> details = null, Exception exception = null) : base(message, exception) => throw null;
        public int Code => throw null;
        public int Status => throw null;
        public string MoreInfo => throw null;
        public Dictionary<string, object> Details => throw null;
    }
}
