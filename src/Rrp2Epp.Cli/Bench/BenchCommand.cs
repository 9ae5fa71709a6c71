using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Rrp2Epp.Epp.Client;

namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// <c>rrp2epp bench</c>: a closed-loop load generator over real TLS that measures, in one run and against the same
/// registry, (a) RRP clients → gateway → registry, (b) the equivalent EPP commands straight to the registry, and
/// (c) a TLS line echo of the RRP message sizes; then prints commands/s, latency percentiles, errors and CPU per 1,000
/// commands of each process, and the ratios a/b and a/c. By default it starts the sandbox, the gateway and the echo
/// server as child processes of this same build on 127.0.0.1 (free ports), so each one's CPU can be read on its own.
/// <c>rrp2epp sandbox-load</c> is the same command with only path (b).
/// </summary>
public static partial class BenchCommand
{
    /// <summary>The environment variable holding the registrar's password at external targets.</summary>
    public const string PasswordVariable = "RRP2EPP_BENCH_PASSWORD";

    public static Command Create() => Build("bench",
        "Measure the gateway: RRP through the gateway, the same EPP straight to the registry, and a TLS echo, in one run; prints commands/s, latencies, CPU and the ratios.",
        fixedPaths: null);

    /// <summary><c>rrp2epp sandbox-load</c>: the bench's direct path alone (the EPP load runner it replaces).</summary>
    public static Command CreateSandboxLoad() => Build("sandbox-load",
        "Measure the sandbox registry alone: rrp2epp bench --paths direct (same options).",
        fixedPaths: [BenchPath.Direct]);

    private static Command Build(string name, string description, IReadOnlyList<BenchPath>? fixedPaths)
    {
        var sessions = new Option<int>("--sessions") { Description = "Concurrent client sessions per path", DefaultValueFactory = _ => 1 };
        var seconds = new Option<double?>("--seconds") { Description = "Measured seconds per path (default 10)" };
        var count = new Option<long?>("--count") { Description = "Measured commands per path, across all sessions (instead of --seconds)" };
        var warmup = new Option<double>("--warmup") { Description = "Unmeasured warm-up seconds per path (the JIT's tiering settles in them)", DefaultValueFactory = _ => 10 };
        var mix = new Option<string>("--mix") { Description = "check (CHECK Domain / domain:check) or transform (ADD, MOD, RENEW, DEL / create, update, renew, delete)", DefaultValueFactory = _ => "check" };
        var paths = new Option<string>("--paths") { Description = "Comma-separated subset of gateway,direct,echo", DefaultValueFactory = _ => "gateway,direct,echo" };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures to FILE as JSON" };
        var gateway = new Option<string?>("--gateway") { Description = "HOST:PORT of a running gateway for path (a) (default: start one)" };
        var gatewayPin = new Option<string?>("--gateway-pin") { Description = "SHA-256 thumbprint the --gateway certificate must have" };
        var registry = new Option<string?>("--registry") { Description = "HOST:PORT of a running EPP registry for paths (a) and (b) (default: start a sandbox)" };
        var registryPin = new Option<string?>("--registry-pin") { Description = "SHA-256 thumbprint the --registry certificate must have" };
        var insecure = new Option<bool>("--insecure") { Description = "Accept any certificate from --gateway / --registry without a pin (test systems only)" };
        var registrar = new Option<string?>("--registrar") { Description = $"Registrar id at --gateway / --registry; the password comes from ${PasswordVariable} or standard input" };
        var poolSize = new Option<int?>("--pool-size") { Description = "EPP sessions the started gateway pools per registrar (default: --sessions, at most 100)" };
        var nameServer = new Option<string>("--name-server") { Description = "The existing name server MOD adds in the transform mix", DefaultValueFactory = _ => BenchWorkload.DefaultNameServer };
        var command = new Command(name, description)
        {
            sessions, seconds, count, warmup, mix, json, gateway, gatewayPin, registry, registryPin, insecure, registrar, poolSize, nameServer,
        };
        if (fixedPaths is null)
        {
            command.Options.Add(paths);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var problems = new List<string>();
            var settings = new BenchSettings
            {
                Sessions = parse.GetValue(sessions),
                Seconds = parse.GetValue(seconds) ?? 10,
                Count = parse.GetValue(count),
                WarmupSeconds = parse.GetValue(warmup),
                Mix = ParseMix(parse.GetValue(mix)!, problems),
                Paths = fixedPaths ?? ParsePaths(parse.GetValue(paths)!, problems),
                JsonFile = parse.GetValue(json)?.FullName,
                Gateway = ParseTarget("--gateway", parse.GetValue(gateway), parse.GetValue(gatewayPin), "--gateway-pin", parse.GetValue(insecure), problems),
                Registry = ParseTarget("--registry", parse.GetValue(registry), parse.GetValue(registryPin), "--registry-pin", parse.GetValue(insecure), problems),
                Registrar = parse.GetValue(registrar),
                PoolSize = parse.GetValue(poolSize),
                NameServer = parse.GetValue(nameServer)!.Trim().ToLowerInvariant(),
            };
            Check(settings, parse.GetValue(seconds) is not null, parse, gatewayPin, registryPin, insecure, problems);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync($"rrp2epp {name}: {problem}").ConfigureAwait(false);
                }

                return 2;
            }

            if (settings.Gateway is not null || settings.Registry is not null)
            {
                var password = Environment.GetEnvironmentVariable(PasswordVariable);
                if (string.IsNullOrEmpty(password))
                {
                    (password, var problem) = await SecretInput.ReadAsync($"password of {settings.Registrar}", error, cancellationToken).ConfigureAwait(false);
                    if (password is null)
                    {
                        await error.WriteLineAsync($"rrp2epp {name}: no password for {settings.Registrar}: set ${PasswordVariable} or pipe it in ({problem})").ConfigureAwait(false);
                        return 2;
                    }
                }

                settings = settings with { Password = password };
            }

            using var signal = new StopSignal(cancellationToken);
            try
            {
                return await new BenchRun(settings, output, error).RunAsync(signal.Token).ConfigureAwait(false);
            }
            catch (BenchException e)
            {
                await error.WriteLineAsync($"rrp2epp {name}: {e.Message}").ConfigureAwait(false);
                return 1;
            }
            catch (OperationCanceledException) when (signal.Token.IsCancellationRequested)
            {
                await error.WriteLineAsync($"rrp2epp {name}: stopped").ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    private static void Check(BenchSettings s, bool secondsGiven, ParseResult parse, Option<string?> gatewayPin, Option<string?> registryPin, Option<bool> insecure, List<string> problems)
    {
        if (s.Sessions is < 1 or > 10_000)
        {
            problems.Add("--sessions must be 1 to 10000");
        }

        if (secondsGiven && s.Count is not null)
        {
            problems.Add("--seconds and --count exclude each other: measure a time or a number of commands");
        }

        if (s.Seconds is <= 0 or > 86_400 || double.IsNaN(s.Seconds))
        {
            problems.Add("--seconds must be more than 0 (and at most a day)");
        }

        if (s.Count is < 1)
        {
            problems.Add("--count must be at least 1");
        }

        if (s.WarmupSeconds is < 0 or > 3_600 || double.IsNaN(s.WarmupSeconds))
        {
            problems.Add("--warmup must be 0 to 3600 seconds");
        }

        if (s.PoolSize is < 1 or > 100)
        {
            problems.Add("--pool-size must be 1 to 100 (the gateway's limit)");
        }

        if (s.PoolSize is not null && s.Gateway is not null)
        {
            problems.Add("--pool-size configures the gateway the bench starts; it does not go with --gateway");
        }

        if (s.Gateway is null && parse.GetValue(gatewayPin) is not null)
        {
            problems.Add("--gateway-pin goes with --gateway");
        }

        if (s.Registry is null && parse.GetValue(registryPin) is not null)
        {
            problems.Add("--registry-pin goes with --registry");
        }

        if (s.Gateway is null && s.Registry is null)
        {
            if (parse.GetValue(insecure))
            {
                problems.Add("--insecure goes with --gateway or --registry (the bench pins the certificates of what it starts)");
            }

            if (s.Registrar is not null)
            {
                problems.Add("--registrar goes with --gateway or --registry (the bench's own sandbox has its own registrar)");
            }
        }
        else if (string.IsNullOrWhiteSpace(s.Registrar))
        {
            problems.Add("--gateway and --registry need --registrar (and its password in $" + PasswordVariable + " or on standard input)");
        }

        if (s.Gateway is not null && s.Registry is null && s.Runs(BenchPath.Direct))
        {
            problems.Add("with --gateway the direct path needs that gateway's registry: give --registry, or --paths gateway,echo");
        }

        if (s.Gateway is not null && !s.Runs(BenchPath.Gateway))
        {
            problems.Add("--gateway is for the gateway path, which --paths leaves out");
        }

        if (!NameServerSyntax().IsMatch(s.NameServer))
        {
            problems.Add($"--name-server '{s.NameServer}' is not a host name");
        }
    }

    private static BenchMix ParseMix(string text, List<string> problems)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "check":
                return BenchMix.Check;
            case "transform":
                return BenchMix.Transform;
            default:
                problems.Add($"--mix '{text}' is neither check nor transform");
                return BenchMix.Check;
        }
    }

    private static List<BenchPath> ParsePaths(string text, List<string> problems)
    {
        var chosen = new HashSet<BenchPath>();
        foreach (var word in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<BenchPath>(word, ignoreCase: true, out var path) && Enum.IsDefined(path) && !int.TryParse(word, out _))
            {
                chosen.Add(path);
            }
            else
            {
                problems.Add($"--paths: '{word}' is not a path (gateway, direct, echo)");
            }
        }

        if (chosen.Count == 0 && problems.Count == 0)
        {
            problems.Add("--paths names no path (gateway, direct, echo)");
        }

        return [.. Enum.GetValues<BenchPath>().Where(chosen.Contains)];
    }

    private static BenchTarget? ParseTarget(string option, string? text, string? pin, string pinOption, bool insecure, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (!HostPort.TryParse(text, out var host, out var port) || port == 0)
        {
            problems.Add($"{option} '{text}' is not HOST:PORT (e.g. 127.0.0.1:648)");
            return null;
        }

        var normalized = pin is null ? null : EppConnectionOptions.NormalizeThumbprint(pin);
        if (pin is not null && normalized is null)
        {
            problems.Add($"{pinOption} must be a SHA-256 thumbprint (64 hex digits)");
        }

        return new BenchTarget(host, port, normalized, insecure);
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex NameServerSyntax();

    /// <summary>A random lower-case token: run tags in domain names, the bench sandbox's password.</summary>
    internal static string RandomToken(int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }

    internal static TimeSpan OwnCpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
