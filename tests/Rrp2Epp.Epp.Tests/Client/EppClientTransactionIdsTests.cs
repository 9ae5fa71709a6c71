using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;

namespace Rrp2Epp.Epp.Tests.Client;

public sealed class EppClientTransactionIdsTests
{
    [Fact]
    public void Ids_carry_prefix_process_part_and_counter_and_are_valid_tokens()
    {
        var ids = new EppClientTransactionIds("GW-eu1");

        var id = ids.Next();

        var parts = id.Split('-');
        Assert.StartsWith("GW-eu1-" + EppClientTransactionIds.ProcessId + "-", id, StringComparison.Ordinal);
        Assert.Equal(8, EppClientTransactionIds.ProcessId.Length);
        Assert.True(EppCommandWriter.IsValidTransactionId(id));
        Assert.Equal(4, parts.Length);
    }

    [Fact]
    public void Ids_are_unique_across_generators_and_threads()
    {
        var a = new EppClientTransactionIds("GW");
        var b = new EppClientTransactionIds("GW");

        var all = Enumerable.Range(0, 8).AsParallel().SelectMany(i => Enumerable.Range(0, 2000).Select(_ => (i % 2 == 0 ? a : b).Next())).ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_longest_prefix_still_gives_a_schema_valid_id()
    {
        var id = new EppClientTransactionIds(new string('p', EppClientTransactionIds.MaxPrefixLength)).Next();

        Assert.True(id.Length <= 58);
        Assert.True(EppCommandWriter.IsValidTransactionId(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("émoji")]
    [InlineData("123456789012345678901234567890123")]
    public void Bad_prefixes_are_refused(string prefix)
    {
        Assert.Throws<ArgumentException>(() => new EppClientTransactionIds(prefix));
    }
}
