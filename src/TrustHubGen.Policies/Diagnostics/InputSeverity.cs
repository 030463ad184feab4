namespace TrustHubGen.Policies
{
    /// <summary>How serious an input diagnostic is. An error drops the input (no policy, no snapshot, no SDK from that file); a warning keeps it.</summary>
    public enum InputSeverity
    {
        /// <summary>The input is not used.</summary>
        Error,

        /// <summary>The input is used; something in it is probably a mistake.</summary>
        Warning,
    }
}
