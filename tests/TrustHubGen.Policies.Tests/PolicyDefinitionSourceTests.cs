using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Policies.Emit;

namespace TrustHubGen.Policies.Tests;

/// <summary>
/// The one writer of a definition as C# (the generator's <c>PolicyCatalog.&lt;P&gt;.Definition</c> and the analyzers'
/// built-in table): what it writes compiles, with no warning, to a definition equal to the one written.
/// </summary>
public sealed class PolicyDefinitionSourceTests
{
    // Everything a regular C# literal cannot hold as is: quotes, backslash, CR, LF, tab, NUL and other controls, NEL, LS,
    // PS, unpaired surrogates of both kinds; and what it can (a surrogate pair, non-ASCII letters).
    private const string Hard = "q\"b\\c\r\nt\t\0\u0001\u007f\u0085\u2028\u2029 lone \ud800 low \udc00 pair \U0001F600 é ß";

    private static readonly PolicyDefinition Full = new(
        "RN" + new string('a', 32), "Full" + Hard, "Friendly " + Hard, BundleKind.CustomerProfile, "medium", "source " + Hard,
        new BusinessProfileRule(true, EquatableArray.Create("RN1", Hard), "twilio-approved " + Hard, EquatableArray.Create("EIN", "DUNS")),
        EquatableArray.Create(
            new EndUserRule("first_type", 0, int.MaxValue, EquatableArray.Create(
                new AttributeRule("everything", true, 40, "^[A-Z]\\d+\"$", "a capital, digits " + Hard, EquatableArray.Create("A1", Hard), EquatableArray.Create("X"), "what " + Hard),
                new AttributeRule("nothing", false, null, null, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty, null))),
            new EndUserRule("second " + Hard, 2, 3, EquatableArray<AttributeRule>.Empty)),
        EquatableArray.Create(new SupportingDocumentRule("doc " + Hard, 1, 1), new SupportingDocumentRule("other", 0, 5)),
        new ChannelEndpointRule("phone-number", false, EquatableArray.Create("US", "CA"), true, false),
        new SubmissionRule(EquatableArray.Create("draft", "pending-review"), true));

    private static readonly PolicyDefinition Sparse = new(
        "RN" + new string('0', 32), "Sparse", "", BundleKind.TrustProduct, "", "",
        null, EquatableArray<EndUserRule>.Empty, EquatableArray<SupportingDocumentRule>.Empty, null,
        new SubmissionRule(EquatableArray<string>.Empty, false));

    public static TheoryData<string, bool> Cases => new() { { nameof(Full), false }, { nameof(Full), true }, { nameof(Sparse), false }, { nameof(Sparse), true } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Written_as_literals_the_definition_compiles_to_an_equal_one(string which, bool targetTyped)
    {
        var policy = which == nameof(Full) ? Full : Sparse;

        var expression = PolicyDefinitionSource.Expression(policy, PolicyMemberNames.None, targetTyped);

        AssertSafeInSourceFile(expression);
        Assert.Equal(policy, Evaluate(expression, members: ""));
    }

    [Theory]
    [InlineData(nameof(Full))]
    [InlineData(nameof(Sparse))]
    public void Written_with_every_value_named_the_definition_compiles_from_the_members_to_an_equal_one(string which)
    {
        var policy = which == nameof(Full) ? Full : Sparse;
        var names = new EveryValueNamed(policy);

        var expression = PolicyDefinitionSource.Expression(policy, names, targetTyped: true);

        Assert.DoesNotContain("\"", expression); // every string came from a member
        Assert.Equal(policy, Evaluate(expression, names.Members.ToString()));
        // Every non-null scalar and string list of the definition, and no other, was asked for.
        Assert.Equal(which == nameof(Full) ? 6 + 4 + 2 * 3 + 8 + 4 + 2 * 3 + 5 + 2 : 6 + 2, names.Count);
    }

    [Fact]
    public void A_named_value_replaces_only_its_own_literal()
    {
        var expression = PolicyDefinitionSource.Expression(Sparse, new SidOnly());

        Assert.StartsWith("new global::TrustHubGen.Policies.PolicyDefinition(\n    Policy.Sid, \"Sparse\", \"\", global::TrustHubGen.Policies.BundleKind.TrustProduct, ", expression);
        Assert.EndsWith("new global::TrustHubGen.Policies.SubmissionRule(global::TrustHubGen.Policies.EquatableArray<string>.Empty, false))", expression);
    }

    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\r\n\t\0\u0085\u2028\u2029", "\"\\r\\n\\t\\u0000\\u0085\\u2028\\u2029\"")]
    [InlineData("\U0001F600 é", "\"\U0001F600 é\"")]
    public void The_literal_escapes_what_a_regular_literal_cannot_hold(string text, string literal) =>
        Assert.Equal(literal, CSharpText.Literal(text));

    // Not an [InlineData]: an attribute's strings are stored as UTF-8, which has no lone surrogate.
    [Fact]
    public void The_literal_escapes_unpaired_surrogates() =>
        Assert.Equal("\"\\ud800x\\udc00\\udc00\\ud800\"", CSharpText.Literal("\ud800x\udc00\udc00\ud800"));

    // The generator's files are saved as UTF-8: no line break inside a literal, no lone surrogate, no control character.
    private static void AssertSafeInSourceFile(string expression)
    {
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (CSharpText.IsSurrogatePair(expression, i)) { i++; continue; }
            Assert.False(c != '\n' && (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029'), $"U+{(int)c:X4} at {i}");
        }
        Assert.Equal(6, expression.Count(c => c == '\n'));
    }

    private static PolicyDefinition Evaluate(string expression, string members)
    {
        var source = $$"""
            public static class Written
            {
            {{members}}
                public static global::TrustHubGen.Policies.PolicyDefinition Definition { get; } = {{expression}};
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Written" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source)],
            [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(typeof(PolicyDefinition).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        Assert.Empty(emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var written = Assembly.Load(image.ToArray()).GetType("Written")!;
        return (PolicyDefinition)written.GetProperty("Definition")!.GetValue(null)!;
    }

    private sealed class SidOnly : PolicyMemberNames
    {
        public override string? Policy(string property) => property == nameof(PolicyDefinition.Sid) ? "Policy.Sid" : null;
    }

    // Names each value asked for by a new member of the class around the expression, holding that value.
    private sealed class EveryValueNamed(PolicyDefinition policy) : PolicyMemberNames
    {
        public StringBuilder Members { get; } = new();

        public int Count { get; private set; }

        public override string? Policy(string property) => Name(policy, property);

        public override string? BusinessProfile(string property) => Name(policy.BusinessProfile!, property);

        public override string? EndUser(EndUserRule endUser, string property) => Name(endUser, property);

        public override string? Attribute(EndUserRule endUser, AttributeRule attribute, string property) => Name(attribute, property);

        public override string? SupportingDocument(SupportingDocumentRule document, string property) => Name(document, property);

        public override string? ChannelEndpoints(string property) => Name(policy.ChannelEndpoints!, property);

        public override string? Submission(string property) => Name(policy.Submission, property);

        private string Name(object owner, string property)
        {
            var value = owner.GetType().GetProperty(property)!.GetValue(owner);
            Assert.NotNull(value); // a null value is written null, never asked for
            var member = "M" + Count++;
            var (type, literal) = value switch
            {
                string s => ("string", CSharpText.Literal(s)),
                bool b => ("bool", b ? "true" : "false"),
                int n => ("int", n.ToString(CultureInfo.InvariantCulture)),
                BundleKind kind => ("global::TrustHubGen.Policies.BundleKind", "global::TrustHubGen.Policies.BundleKind." + kind),
                EquatableArray<string> list => ("string[]", "{ " + string.Join(", ", list.Select(CSharpText.Literal)) + " }"),
                _ => throw new InvalidOperationException($"{property} is {value!.GetType()}, not a scalar or a string list"),
            };
            Members.Append($"    public static readonly {type} {member} = {literal};\n");
            return member;
        }
    }
}
