using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Runtime.Tests.Onboarding;

/// <summary>How requested E.164 numbers are split into prefix partitions of API 2010's IncomingPhoneNumbers (PartitionedNumberReads).</summary>
public sealed class NumberPartitionTests
{
    [Fact]
    public void Every_number_is_in_exactly_one_partition_under_its_prefix_and_none_is_too_big()
    {
        // 12 area codes of 2,000 numbers each: 24,000, more than one partition of 1,000 can hold per area code.
        var numbers = Enumerable.Range(0, 24_000).Select(n => $"+1{200 + (n % 12) * 37}{500 + n / 12 / 1000}{n / 12 % 1000 * 7 % 10000:D4}").Distinct().Order(StringComparer.Ordinal).ToArray();

        var partitions = PartitionedNumberReads.Plan(numbers, 1000);

        Assert.All(partitions, p => Assert.InRange(p.Count, 1, 1000));
        Assert.Equal(numbers.Length, partitions.Sum(p => p.Count));
        var covered = partitions.SelectMany(p => numbers.Skip(p.Start).Take(p.Count).Select(n => (p.Prefix, Number: n))).ToList();
        Assert.All(covered, c => Assert.StartsWith(c.Prefix, c.Number, StringComparison.Ordinal));
        Assert.Equal(numbers, covered.Select(c => c.Number));
        // No prefix holds another's numbers: reading them all reads no number twice.
        Assert.All(partitions, p => Assert.DoesNotContain(partitions, q => q != p && q.Prefix.StartsWith(p.Prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_group_is_read_under_its_longest_common_prefix_so_only_where_it_is()
    {
        string[] numbers = ["+14155550100", "+14155550101", "+14155550199", "+447700900123"];

        var partitions = PartitionedNumberReads.Plan(numbers, 2);

        Assert.Equal([("+1415555010", 2), ("+14155550199", 1), ("+447700900123", 1)], partitions.Select(p => (p.Prefix, p.Count)));
    }

    [Fact]
    public void Numbers_that_fit_one_partition_share_it()
    {
        string[] numbers = ["+12015550100", "+12125550100", "+13055550100"];

        Assert.Equal(["+1"], PartitionedNumberReads.Plan(numbers, 1000).Select(p => p.Prefix));
    }

    [Fact]
    public void A_number_that_is_the_prefix_of_longer_ones_gets_its_own_partition()
    {
        string[] numbers = ["+4930123", "+49301234", "+49301235"];

        var partitions = PartitionedNumberReads.Plan(numbers, 2);

        Assert.Equal([("+4930123", 1), ("+49301234", 1), ("+49301235", 1)], partitions.Select(p => (p.Prefix, p.Count)));
    }

    [Fact]
    public void Numbers_named_by_SID_are_read_from_every_first_digit_and_a_crowded_prefix_as_its_ten_longer_ones()
    {
        // "+1" (the US and Canada) at once by its next digit, the other first digits as they are.
        Assert.Equal(["+10", "+11", "+12", "+13", "+14", "+15", "+16", "+17", "+18", "+19", "+2", "+3", "+4", "+5", "+6", "+7", "+8", "+9"], PartitionedNumberReads.WholeAccount().Select(p => p.Prefix));
        Assert.Equal(["+120", "+121", "+122", "+123", "+124", "+125", "+126", "+127", "+128", "+129"], PartitionedNumberReads.Digits("+12").Select(p => p.Prefix));
        // A whole number (+ and 15 digits) has nothing longer under it: it is paged on instead.
        Assert.Empty(PartitionedNumberReads.Digits("+" + new string('4', PartitionedNumberReads.MaxE164Length - 1)));
    }
}
