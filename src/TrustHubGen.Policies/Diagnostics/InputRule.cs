namespace TrustHubGen.Policies
{
    /// <summary>
    /// One input diagnostic (TH0001–TH0299) as plain data: the generator turns each into a Roslyn
    /// <c>DiagnosticDescriptor</c>, the CLI and the emulator format messages from it. This library cannot reference
    /// Roslyn (it also ships in the package's <c>lib/</c>), so the table lives here as data.
    /// </summary>
    public sealed class InputRule
    {
        internal InputRule(string id, InputSeverity severity, string title, string messageFormat)
        {
            Id = id;
            Severity = severity;
            Title = title;
            MessageFormat = messageFormat;
        }

        /// <summary>The ID, e.g. <c>TH0102</c>.</summary>
        public string Id { get; }

        /// <summary>Error or warning.</summary>
        public InputSeverity Severity { get; }

        /// <summary>A short title in sentence case, distinct from every other rule's.</summary>
        public string Title { get; }

        /// <summary>The message, with <c>{0}</c>, <c>{1}</c>… for the arguments a reader gives (composite format).</summary>
        public string MessageFormat { get; }

        /// <summary>The diagnostics category every input rule shares.</summary>
        public string Category => InputRules.Category;

        /// <summary>The rule's section of <c>docs/rules/inputs.md</c>.</summary>
        public string HelpLink => InputRules.HelpLink(Id);
    }
}
