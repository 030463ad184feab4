namespace TrustHubGen.Policies
{
    /// <summary>How serious an input diagnostic is. An error drops the input (no policy, no snapshot, no SDK from that file); a warning or an info keeps it.</summary>
    public enum InputSeverity
    {
        /// <summary>The input is not used.</summary>
        Error,

        /// <summary>The input is used; something in it is probably a mistake.</summary>
        Warning,

        /// <summary>The input is used; the diagnostic says how (for example, what was left out by a documented limit).</summary>
        Info,
    }
}
