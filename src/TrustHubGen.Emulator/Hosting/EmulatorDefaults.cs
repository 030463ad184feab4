namespace TrustHubGen.Emulator.Hosting;

/// <summary>The documented default credentials (fixed, so samples and docs can name them).</summary>
public static class EmulatorDefaults
{
    /// <summary>The default main account SID.</summary>
    public const string AccountSid = "AC043bcd784c2155dbb1db7b3139a3617f";

    /// <summary>The default main account auth token.</summary>
    public const string AuthToken = "1423d2dc0ac03cec6c0292eddc293c45";

    /// <summary>The default API Key SID of the main account (Basic-auth user instead of the account SID).</summary>
    public const string ApiKeySid = "SK5f2e7c1b9a4d4e0c8b3a6f1e2d7c9b04";

    /// <summary>The default API Key secret.</summary>
    public const string ApiKeySecret = "emulatorApiKeySecret0123456789ab";

    /// <summary>The default program address.</summary>
    public const string ProgramUrl = "http://127.0.0.1:5080";

    /// <summary>The review step delay the program uses unless <c>--review-delay</c> says otherwise.</summary>
    public static readonly TimeSpan ProgramReviewStepDelay = TimeSpan.FromSeconds(3);
}
