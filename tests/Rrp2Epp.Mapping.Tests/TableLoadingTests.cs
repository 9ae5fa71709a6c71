using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tests;

public sealed class TableLoadingTests
{
    private static readonly string Results = MappingTables.ReadEmbedded(MappingTables.ResultsFile);
    private static readonly string Statuses = MappingTables.ReadEmbedded(MappingTables.StatusesFile);
    private static readonly string Failures = MappingTables.ReadEmbedded(MappingTables.FailuresFile);

    [Fact]
    public void The_embedded_tables_load_and_match_the_repository_files()
    {
        var tables = MappingTables.Default;

        Assert.NotEmpty(tables.Results.Rows);
        Assert.Equal(10, tables.Statuses.Rows.Count);
        Assert.NotEmpty(tables.Failures.Rows);
        foreach (var file in new[] { MappingTables.ResultsFile, MappingTables.StatusesFile, MappingTables.FailuresFile })
        {
            Assert.Equal(File.ReadAllText(TestKit.RepositoryPaths.Combine("mappings", file)), MappingTables.ReadEmbedded(file));
        }
    }

    [Fact]
    public void A_folder_overrides_the_embedded_tables_file_by_file()
    {
        var folder = Directory.CreateTempSubdirectory("mappings-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, MappingTables.FailuresFile), Failures.Replace("gateway-fault,*,549,stays,alert", "gateway-fault,*,421,stays,-", StringComparison.Ordinal));

            var tables = MappingTables.Load(folder);

            Assert.Equal(RrpResponseCode.ServerErrorTryAgain, tables.Failures.Resolve(GatewayFailureKind.GatewayFault, RrpCommand.Add).Code);
            Assert.Equal(MappingTables.Default.Results.Rows.Count, tables.Results.Rows.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        var e = Assert.Throws<MappingTableException>(() => MappingTables.Load("/no/such/mappings"));

        Assert.Contains("/no/such/mappings: the mappings folder does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_in_the_folder_stops_loading_naming_file_line_and_field()
    {
        var folder = Directory.CreateTempSubdirectory("mappings-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, MappingTables.ResultsFile), Results.Replace("ADD,Domain,domain:create,2104,always,546", "ADD,Domian,domain:create,2104,always,546", StringComparison.Ordinal));

            var e = Assert.Throws<MappingTableException>(() => MappingTables.Load(folder));

            Assert.Contains($"results.csv line {LineOf(Results, "ADD,Domain,domain:create,2104,always,546")}, field 'entity': 'Domian' is not Domain, NameServer, '-' or '*'", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string, string, string> BadResultRows => new()
    {
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,always,546,", "16 fields where the header has 10".Replace("16", "11", StringComparison.Ordinal) },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,sunny:yes,546", "field 'condition': 'sunny' is not a condition term" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,sponsor:mine,546", "field 'condition': 'mine' is not a value of 'sponsor' (one of self, other)" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,always,999", "field 'rrp': '999' is neither an RRP response code nor an action" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,always,532", "field 'rrp': 532 is not on ADD's list for RRP 1.1.0 (rrp-reference.md §5.2)" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,9999,always,546", "field 'epp': '9999' is not an RFC 5730 result code" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:creat,2104,always,546", "field 'step': 'domain:creat' is not a step" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,host:create,2104,always,546", "field 'step': no translation of ADD Domain takes the step 'host:create'" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,approve:yes,546", "field 'condition': 'approve' is for TRANSFER rows only" },
        { "ADD,Domain,domain:create,2104,always,546,stays", "ADD,Domain,domain:create,2104,always,546,sometimes", "field 'session': 'sometimes' is not one of stays, closes or counted" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,always,420", "field 'session': 420 closes the connection: write 'closes'" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,always,proceed", "field 'rrp': 'proceed' is for the checks before a command" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,always,resend", "field 'condition': a 'resend' row needs '!resent'" },
        { "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,version:1.1.0 & version:2.0.0,546", "field 'condition': 'version' appears more than once or contradicts itself" },
        { "DEL,NameServer,host:delete,2304,status:serverDeleteProhibited & version:2.0.0,557", "DEL,NameServer,host:delete,2304,status:serverDeleteProhibited,557", "557 exists in RRP 2.0.0 only: add 'version:2.0.0' (1.1.0 sends 552)" },
        { "ADD,Domain,domain:create,2104,always,546,stays,-,RFC|Net::DRI", "ADD,Domain,domain:create,2104,always,546,stays,-,Maybe", "field 'tag': 'Maybe' is not a tag" },
    };

    [Theory]
    [MemberData(nameof(BadResultRows))]
    public void A_bad_result_row_is_named_by_line_and_field(string good, string bad, string expected)
    {
        var line = LineOf(Results, good);
        var text = ReplaceRowStart(Results, good, bad);

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(text, Statuses, Failures));

        Assert.Contains(e.Errors, error => error.File == "results.csv" && error.Line == line && error.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicate_row_is_unreachable()
    {
        const string row = "ADD,Domain,domain:create,2104,always,546,stays,-,RFC|Net::DRI,";
        var text = Results.Replace(row, row + "\n" + row + "again", StringComparison.Ordinal);

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(text, Statuses, Failures));

        var first = LineOf(Results, row);
        Assert.Contains($"results.csv line {first + 1}: unreachable: line {first} matches whenever this row does", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_after_a_more_general_one_is_unreachable()
    {
        var text = Results.Replace("RENEW,Domain,domain:renew,2104,always,546,stays,-,RFC|Net::DRI,", "RENEW,Domain,domain:renew,2104,always,546,stays,-,RFC|Net::DRI,\nRENEW,Domain,domain:renew,2104,status:ok,548,stays,-,Rec,", StringComparison.Ordinal);

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(text, Statuses, Failures));

        Assert.Contains("unreachable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_EPP_code_must_resolve_on_every_step()
    {
        var text = RemoveLine(Results, "*,*,*,*,always,549");

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(text, Statuses, Failures));

        Assert.Contains("results.csv: STATUS Domain domain:info on RRP 1.1.0: no 'always' row resolves EPP 1001, 2104, 2105", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Success_needs_a_row_of_its_own()
    {
        var text = RemoveLine(Results, "RENEW,Domain,domain:renew,1001,always,200");

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(text, Statuses, Failures));

        Assert.Contains("results.csv: RENEW Domain domain:renew: EPP 1001 needs a row of its own", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reconcile_step_must_decide_every_verdict()
    {
        var text = RemoveLine(Results, "*,*,reconcile,-,reconcile:unknown,420");

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(text, Statuses, Failures));

        Assert.Contains("results.csv: ADD Domain reconcile: no row for reconcile:unknown", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_header_is_named()
    {
        var text = Results.Replace("command,entity,step,epp,condition,rrp,session,effect,tag,note", "command,entity,step,epp,rrp", StringComparison.Ordinal);

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(text, Statuses, Failures));

        Assert.Contains($"results.csv line {LineOf(Results, "command,entity,step")}: the header must be 'command,entity,step,epp,condition,rrp,session,effect,tag,note'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_named()
    {
        var text = ReplaceRowStart(Results, "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,always,546,stays,-,RFC,\"open");

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(text, Statuses, Failures));

        Assert.Contains("a quoted field is not closed on its line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_at_once()
    {
        var results = ReplaceRowStart(Results, "ADD,Domain,domain:create,2104,always,546", "ADD,Domain,domain:create,2104,always,999");
        var statuses = Statuses.Replace("REGISTRY-HOLD,serverHold,any", "REGISTRY-HOLD,serverHeld,any", StringComparison.Ordinal);
        var failures = RemoveLine(Failures, "idle-timeout,*,520");

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(results, statuses, failures));

        Assert.Contains(e.Errors, x => x.File == "results.csv" && x.Field == "rrp");
        Assert.Contains(e.Errors, x => x.File == "statuses.csv" && x.Field == "epp" && x.Message.Contains("'serverHeld' is not an RFC 5731 domain status", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.File == "failures.csv" && x.Message.Contains("no row for idle-timeout on ADD", StringComparison.Ordinal));
        Assert.StartsWith("the mapping tables are invalid (", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadStatusRows => new()
    {
        { "REGISTRY-HOLD,serverHold,any", "REGISTRY-HOLD,serverHold,some", "field 'match': 'some' is not one of any, default or marker" },
        { "REGISTRAR-HOLD,clientHold,any,-,clientHold,yes", "REGISTRAR-HOLD,clientHold,any,-,serverHold,yes", "field 'written': 'serverHold': a registrar may write client* statuses only" },
        { "REGISTRAR-HOLD,clientHold,any,-,clientHold,yes", "REGISTRAR-HOLD,clientHold,any,-,-,yes", "field 'written': a settable status needs the EPP statuses MOD writes" },
        { "PENDINGRESTORE,pendingDelete,any,pendingRestore", "PENDINGRESTORE,pendingDelete,any,pendingRestored", "field 'rgp': 'pendingRestored' is not an RFC 3915 RGP status" },
        { "REDEMPTIONPERIOD,pendingDelete,any,redemptionPeriod,-,no,REGISTRY-HOLD", "REDEMPTIONPERIOD,pendingDelete,any,redemptionPeriod,-,no,PENDINGDELETE", "field 'strict-listener': 'PENDINGDELETE' is not one of RFC 2832's six status words" },
        { "REGISTRY-HOLD,serverHold,any,-,-,no,REGISTRY-HOLD", "REGISTRY-HOLD,serverHold,any,-,-,no,REGISTRY-LOCK", "REGISTRY-HOLD is an RFC status: a strict listener shows it as it is" },
        { "PENDINGTRANSFER", "REGISTRAR-LOCK", "REGISTRAR-LOCK needs exactly one row, not 2" },
    };

    [Theory]
    [MemberData(nameof(BadStatusRows))]
    public void A_bad_status_row_is_named(string good, string bad, string expected)
    {
        var text = ReplaceRowStart(Statuses, good, bad);

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(Results, text, Failures));

        Assert.Contains(e.Errors, error => error.File == "statuses.csv" && error.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_status_is_named()
    {
        var text = RemoveLine(Statuses, "PENDINGRESTORE,");

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(Results, text, Failures));

        Assert.Contains("statuses.csv, field 'rrp': PENDINGRESTORE needs exactly one row, not 0", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadFailureRows => new()
    {
        { "not-sent,*,421", "not-sent,*,421,stays", "8 fields".Replace("8", "9", StringComparison.Ordinal) },
        { "not-sent,*,421", "not-delivered,*,421", "field 'kind': 'not-delivered' is not a failure kind" },
        { "not-sent,*,421", "not-sent,*,reconcile", "field 'rrp': 'reconcile' settles a lost transform: outcome-unknown only" },
        { "path-lost,*,420,closes", "path-lost,*,420,stays", "field 'session': 420 closes the connection: write 'closes'" },
        { "gateway-fault,*,549", "gateway-fault,*,531", "field 'rrp': 531 is not on CHECK's list for RRP 1.1.0" },
        { "gateway-fault,*,549", "gateway-fault,ADD|DEL,549", "no row for gateway-fault on CHECK" },
    };

    [Theory]
    [MemberData(nameof(BadFailureRows))]
    public void A_bad_failure_row_is_named(string good, string bad, string expected)
    {
        var text = ReplaceRowStart(Failures, good, bad);

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(Results, Statuses, text));

        Assert.Contains(e.Errors, error => error.File == "failures.csv" && error.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_failure_row_behind_a_wider_one_is_unreachable()
    {
        var text = Failures + "not-sent,ADD,549,stays,-,G1,Rec,\n";

        var e = Assert.Throws<MappingTableException>(() => MappingTables.FromText(Results, Statuses, text));

        Assert.Contains("unreachable", e.Message, StringComparison.Ordinal);
    }

    private static int LineOf(string text, string start)
    {
        var lines = text.Split('\n');
        return Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal)) + 1;
    }

    private static string ReplaceRowStart(string text, string start, string replacement)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starts with {start}");
        lines[index] = replacement + lines[index][start.Length..];
        return string.Join('\n', lines);
    }

    private static string RemoveLine(string text, string start)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starts with {start}");
        lines.RemoveAt(index);
        return string.Join('\n', lines);
    }
}
