namespace TrustHubGen.Policies.Tests;

public class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_equal_elements_are_equal_with_equal_hash_codes()
    {
        var a = new EquatableArray<string>(new[] { "x", "y" });
        var b = EquatableArray.Create("x", "y");

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Order_and_length_matter()
    {
        Assert.NotEqual(EquatableArray.Create("x", "y"), EquatableArray.Create("y", "x"));
        Assert.NotEqual(EquatableArray.Create("x"), EquatableArray.Create("x", "x"));
        Assert.False(EquatableArray.Create("x").Equals("x"));
    }

    [Fact]
    public void Default_is_empty_and_equals_an_empty_array()
    {
        EquatableArray<string> none = default;

        Assert.Empty(none);
        Assert.True(none.IsEmpty);
        Assert.Equal(EquatableArray.Create<string>(), none);
        Assert.Equal(new EquatableArray<string>(null), none);
        Assert.Equal(EquatableArray<string>.Empty.GetHashCode(), EquatableArray.Create<string>().GetHashCode());
        Assert.Throws<ArgumentOutOfRangeException>(() => none[0]);
    }

    [Fact]
    public void The_array_copies_its_source()
    {
        var source = new List<string> { "a" };
        var array = new EquatableArray<string>(source);
        source[0] = "changed";

        Assert.Equal("a", array[0]);
    }

    [Fact]
    public void Records_holding_arrays_compare_by_value()
    {
        var a = new SubmissionRule(EquatableArray.Create("draft"), true);
        var b = new SubmissionRule(new EquatableArray<string>(new List<string> { "draft" }), true);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { EvaluateBeforeSubmit = false });
    }

    [Fact]
    public void ToString_lists_the_elements()
    {
        Assert.Equal("[a, b]", EquatableArray.Create("a", "b").ToString());
    }
}
