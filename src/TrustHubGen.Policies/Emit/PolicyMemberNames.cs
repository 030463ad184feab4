namespace TrustHubGen.Policies.Emit
{
    /// <summary>
    /// Which C# member holds each value of a definition <see cref="PolicyDefinitionSource"/> writes: a method returns the
    /// member's path (e.g. <c>EndUsers.CnamInformation.Type</c>) to write in the value's place, or <see langword="null"/>
    /// to write the value as a literal (what every method of this base class returns; <see cref="None"/>).
    /// </summary>
    /// <remarks>
    /// <c>property</c> is the record's own property name (<c>nameof(AttributeRule.MaxLength)</c>). Only
    /// scalar values and string lists are asked for, and only when not <see langword="null"/> (a <see langword="null"/>
    /// value is always written <c>null</c>); records and record lists are written from their parts. A named string list
    /// is passed to <c>new EquatableArray&lt;string&gt;(...)</c>, so any <c>IEnumerable&lt;string&gt;</c> member fits.
    /// </remarks>
    internal class PolicyMemberNames
    {
        /// <summary>No value named: the whole definition is written as literals.</summary>
        public static readonly PolicyMemberNames None = new PolicyMemberNames();

        /// <summary>A member for one of <see cref="PolicyDefinition"/>'s own values (<c>Sid</c>, <c>Name</c>, <c>Kind</c>, ...).</summary>
        public virtual string? Policy(string property) => null;

        /// <summary>A member for one of <see cref="BusinessProfileRule"/>'s values.</summary>
        public virtual string? BusinessProfile(string property) => null;

        /// <summary>A member for one of <paramref name="endUser"/>'s values.</summary>
        public virtual string? EndUser(EndUserRule endUser, string property) => null;

        /// <summary>A member for one of the values of <paramref name="attribute"/>, an attribute of <paramref name="endUser"/>.</summary>
        public virtual string? Attribute(EndUserRule endUser, AttributeRule attribute, string property) => null;

        /// <summary>A member for one of <paramref name="document"/>'s values.</summary>
        public virtual string? SupportingDocument(SupportingDocumentRule document, string property) => null;

        /// <summary>A member for one of <see cref="ChannelEndpointRule"/>'s values.</summary>
        public virtual string? ChannelEndpoints(string property) => null;

        /// <summary>A member for one of <see cref="SubmissionRule"/>'s values.</summary>
        public virtual string? Submission(string property) => null;
    }
}
