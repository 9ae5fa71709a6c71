using System.Text.Json;
using System.Text.RegularExpressions;
using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.Deployment;

/// <summary>
/// docker-compose.yml, deploy/haproxy.cfg and the Dockerfile, checked without a container engine (none runs here):
/// Debian's docker-compose and haproxy validate them, and the normalised compose file is checked for the topology the
/// README documents.
/// </summary>
public sealed partial class ComposeFileTests
{
    [Fact]
    public async Task The_compose_file_is_valid_and_is_two_gateways_behind_HAProxy_on_648_with_PostgreSQL_and_the_sandbox()
    {
        var (code, _, error) = await Tool.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config", "-q"]);
        Assert.True(code == 0, $"docker-compose config -q failed:\n{error}");
        var services = (await NormalisedComposeAsync()).GetProperty("services");

        Assert.Equal(["certs", "gateway1", "gateway2", "haproxy", "postgres", "sandbox"], services.EnumerateObject().Select(s => s.Name).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "gateway1", "gateway2" })
        {
            var gateway = services.GetProperty(name);
            Assert.Equal("gateway", gateway.GetProperty("command")[0].GetString());
            Assert.Equal("service_healthy", gateway.GetProperty("depends_on").GetProperty("postgres").GetProperty("condition").GetString());
            Assert.Equal("service_healthy", gateway.GetProperty("depends_on").GetProperty("sandbox").GetProperty("condition").GetString());
            Assert.StartsWith("Host=postgres;", gateway.GetProperty("environment").GetProperty("RRP2EPP__Gateway__Store__ConnectionString").GetString(), StringComparison.Ordinal);
        }

        // One clTRID prefix per instance (README: set one per instance).
        Assert.NotEqual(
            services.GetProperty("gateway1").GetProperty("environment").GetProperty("RRP2EPP__Gateway__Registry__ClientTransactionIdPrefix").GetString(),
            services.GetProperty("gateway2").GetProperty("environment").GetProperty("RRP2EPP__Gateway__Registry__ClientTransactionIdPrefix").GetString());

        var port = Assert.Single(services.GetProperty("haproxy").GetProperty("ports").EnumerateArray());
        Assert.Equal((648, 648), (port.GetProperty("published").GetInt32(), port.GetProperty("target").GetInt32()));
        Assert.StartsWith("postgres:", services.GetProperty("postgres").GetProperty("image").GetString(), StringComparison.Ordinal);
        Assert.Contains("pg_isready", services.GetProperty("postgres").GetProperty("healthcheck").GetProperty("test").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("sandbox", services.GetProperty("sandbox").GetProperty("command")[0].GetString());

        // Every long-running service has a health check; the one-shot certificate maker is waited for to complete instead.
        foreach (var service in services.EnumerateObject())
        {
            if (service.Value.TryGetProperty("restart", out var restart) && restart.GetString() == "no")
            {
                Assert.Equal("certs", service.Name);
                continue;
            }

            Assert.True(service.Value.TryGetProperty("healthcheck", out var check) && check.GetProperty("test").GetArrayLength() > 1, $"{service.Name} has no health check");
        }

        // Every file the services mount is in the repository.
        foreach (var volume in services.EnumerateObject().SelectMany(s => s.Value.TryGetProperty("volumes", out var v) ? v.EnumerateArray() : Enumerable.Empty<JsonElement>()))
        {
            var source = volume.GetString()!.Split(':')[0];
            Assert.True(!source.StartsWith('/') || File.Exists(source), $"{source} is mounted but does not exist");
        }
    }

    [Fact]
    public async Task The_HAProxy_configuration_is_valid_and_checks_the_gateways_RRP_banner()
    {
        var (code, output, error) = await Tool.RunAsync("haproxy", ["-c", "-f", "deploy/haproxy.cfg"]);
        Assert.True(code == 0, $"haproxy -c failed:\n{output}{error}");
        var text = await File.ReadAllTextAsync(RepositoryPaths.Combine("deploy", "haproxy.cfg"), TestGuard.Token);
        foreach (var line in new[] { "mode tcp", "bind :648", "balance leastconn", "tcp-check connect ssl", "server gateway1 gateway1:6480", "server gateway2 gateway2:6480" })
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.Matches(BannerExpectation(), "Rrp2Epp-compose RRP Server version 2.0.0");
    }

    /// <summary>The regular expression deploy/haproxy.cfg expects the gateways' first line to match.</summary>
    internal static Regex BannerExpectation()
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("deploy", "haproxy.cfg"));
        return new Regex(RString().Match(text).Groups[1].Value, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task The_Dockerfile_builds_in_an_SDK_stage_runs_rrp2epp_on_the_runtime_image_and_copies_only_what_exists()
    {
        var lines = await File.ReadAllLinesAsync(RepositoryPaths.Combine("Dockerfile"), TestGuard.Token);
        Assert.Equal(
            ["FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", "FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime"],
            lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"/app/rrp2epp.dll\"]", lines);
        foreach (var copy in lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.StartsWith("COPY --from", StringComparison.Ordinal)))
        {
            var parts = copy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var source in parts[1..^1])
            {
                var path = RepositoryPaths.Combine(source.TrimEnd('/'));
                Assert.True(File.Exists(path) || Directory.Exists(path), $"the Dockerfile copies {source}, which is not in the repository");
            }
        }
    }

    /// <summary>The compose file as docker-compose normalises it (anchors merged, variables filled), read as JSON through python3's yaml (docker-compose's own dependency).</summary>
    private static async Task<JsonElement> NormalisedComposeAsync()
    {
        var (code, yaml, error) = await Tool.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config"]);
        Assert.True(code == 0, error);
        (code, var json, error) = await Tool.RunAsync("python3", ["-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))"], yaml);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    [GeneratedRegex("tcp-check expect rstring \"([^\"]+)\"")]
    private static partial Regex RString();
}
