namespace TrustHubGen.Emulator.Hosting;

/// <summary>An API Key the emulator accepts as Basic-auth user, and the account it acts for.</summary>
internal sealed record EmulatorApiKey(string Sid, string Secret, string AccountSid);
