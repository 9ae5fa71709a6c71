using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tests;

/// <summary>
/// DESIGN §2: every row of mappings/ is exercised by a test. This runs every scenario, SESSION case, failure case and
/// status case of the suite again (they are data, and fast), collects the rows they name, and fails naming each row
/// no test reaches.
/// </summary>
public sealed class RowCoverageTests
{
    [Fact]
    public void Every_row_of_every_table_is_exercised()
    {
        var tables = MappingTables.Default;
        var hit = new HashSet<string>(StringComparer.Ordinal);

        foreach (var catalog in Catalog.All)
        {
            foreach (var scenario in catalog())
            {
                hit.UnionWith(ScenarioRunner.RowsIn(ScenarioRunner.Run(scenario, tables).Diagnostics));
            }
        }

        foreach (var name in SessionMappingTests.Cases().Select(c => c.Name))
        {
            hit.UnionWith(ScenarioRunner.RowsIn(SessionMappingTests.Run(name, tables).Diagnostics));
        }

        foreach (var (kind, command, _, _, _) in FailureTableTests.Cases())
        {
            hit.Add(tables.Failures.Resolve(kind, command).Id);
        }

        foreach (var set in StatusMappingTests.LosslessSets)
        {
            var epp = tables.StatusMapping.ToEpp(set);
            hit.UnionWith(tables.StatusMapping.ToRrp(epp.Statuses, epp.RgpStatuses).Rows);
            hit.UnionWith(tables.StatusMapping.ToRrp(epp.Statuses, epp.RgpStatuses, extendedStatuses: false).Rows);
        }

        hit.UnionWith(tables.StatusMapping.ToRrp(["ok"], [], deleteNotify: true).Rows);

        var missing = tables.Results.Rows.Where(r => !hit.Contains(r.Id)).Select(r => r.Describe())
            .Concat(tables.Statuses.Rows.Where(r => !hit.Contains(r.Id)).Select(r => $"{r.Id} {r.Status.ToWireText()}"))
            .Concat(tables.Failures.Rows.Where(r => !hit.Contains(r.Id)).Select(r => $"{r.Id} {r.Kind}"))
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} rows no test reaches:\n  {string.Join("\n  ", missing)}");
    }
}
