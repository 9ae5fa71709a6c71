using Microsoft.Extensions.Options;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>A bad registry profile or mapping table stops the host at start-up with every problem named.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task A_bad_row_in_the_configured_mappings_folder_stops_start_up_naming_file_row_and_field()
    {
        var folder = Directory.CreateTempSubdirectory("rrp2epp-mappings-").FullName;
        try
        {
            var results = await File.ReadAllLinesAsync(Path.Combine(TestKit.RepositoryPaths.Root, "mappings", "results.csv"), TestKit.TestGuard.Token);
            var row = Array.FindIndex(results, l => l.StartsWith("ADD,Domain,domain:create,2104,", StringComparison.Ordinal));
            results[row] = results[row].Replace(",546,", ",599,", StringComparison.Ordinal);
            await File.WriteAllLinesAsync(Path.Combine(folder, "results.csv"), results, TestKit.TestGuard.Token);

            var e = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayFixture.StartAsync(c => c["Gateway:MappingsFolder"] = folder));
            var failure = Assert.Single(e.Failures, f => f.Contains("results.csv", StringComparison.Ordinal));
            Assert.StartsWith($"Gateway:MappingsFolder '{folder}': results.csv line {row + 1}, field 'rrp'", failure, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_mappings_folder_that_does_not_exist_stops_start_up()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayFixture.StartAsync(c => c["Gateway:MappingsFolder"] = "/nonexistent/rrp2epp-mappings"));
        Assert.Contains(e.Failures, f => f.Contains("the mappings folder does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_profile_stops_start_up_with_every_problem()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayFixture.StartAsync(c =>
        {
            c["Gateway:Zones:0"] = "Not a zone";
            c["Gateway:Profile:MaximumTerm"] = "0";
            c["Gateway:AuthInfo:Length"] = "4";
        }));
        Assert.Contains(e.Failures, f => f.StartsWith("Gateway:Profile: ", StringComparison.Ordinal) && f.Contains("Zones: 'Not a zone'", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("Gateway:Profile: ", StringComparison.Ordinal) && f.Contains("MaximumTerm", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("Gateway:Profile: ", StringComparison.Ordinal) && f.Contains("AuthInfo.Length", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_thick_registry_without_a_registrars_contact_handles_stops_start_up_naming_the_registry_and_the_registrar()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayFixture.StartAsync(c =>
        {
            c["Gateway:Profile:Contacts"] = "Thick";
            c["Gateway:Registry:Registrars:registrarA:Contacts:Registrant"] = "A-REG";
            c["Gateway:Registry:Registrars:registrarB:Contacts:Admin"] = "B-ADM";
        }));
        var failure = Assert.Single(e.Failures);
        Assert.StartsWith("Gateway:Registry:Registrars:registrarB:Contacts:Registrant is missing: registry 'Test' is thick, so registrar 'registrarB' needs contact handles", failure, StringComparison.Ordinal);
    }
}
