using System.CommandLine;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Cli;

/// <summary>
/// <c>rrp2epp client HOST:PORT</c>: an RRP client over TLS for people. Interactive: type a request line by line and end
/// it with a line holding only <c>.</c>; the answer is printed as the server sent it. With <c>--script FILE</c> it sends
/// the file's requests (each ended by <c>.</c>) one after another and prints every answer. It stops after an answer that
/// closes the connection (220, 420, 520, 521) or at the end of the input. The server certificate must match
/// <c>--pin</c>, or chain to a trusted root, unless the explicitly named demo flag turns checking off.
/// </summary>
public static class ClientCommand
{
    public const string InsecureFlag = "--insecure-accept-any-server-certificate";

    public static Command Create()
    {
        var target = new Argument<string>("HOST:PORT") { Description = "The RRP server, e.g. 127.0.0.1:648" };
        var script = new Option<FileInfo?>("--script") { Description = "Send the requests in FILE (each ended by a '.' line) and print the answers" };
        var cert = new Option<FileInfo?>("--cert") { Description = "Client certificate with its key (PKCS#12)" };
        var certPassword = new Option<string?>("--cert-password") { Description = "Password of the PKCS#12 file" };
        var pin = new Option<string?>("--pin") { Description = "SHA-256 thumbprint (hex) the server certificate must have" };
        var insecure = new Option<bool>(InsecureFlag) { Description = "Accept any server certificate (demos with a self-signed gateway only)" };
        var command = new Command("client", "An interactive RRP client over TLS (or a script runner).") { target, script, cert, certPassword, pin, insecure };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!HostPort.TryParse(parse.GetValue(target)!, out var host, out var port))
            {
                await error.WriteLineAsync("rrp2epp client: the target must be HOST:PORT, e.g. 127.0.0.1:648").ConfigureAwait(false);
                return 2;
            }

            var pinned = parse.GetValue(pin);
            if (pinned is not null && EppConnectionOptions.NormalizeThumbprint(pinned) is null)
            {
                await error.WriteLineAsync("rrp2epp client: --pin must be a SHA-256 thumbprint (64 hex digits)").ConfigureAwait(false);
                return 2;
            }

            X509Certificate2? certificate = null;
            if (parse.GetValue(cert) is { } file)
            {
                try
                {
                    certificate = X509CertificateLoader.LoadPkcs12FromFile(file.FullName, parse.GetValue(certPassword));
                }
                catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"rrp2epp client: cannot load {file.FullName}: {e.Message}").ConfigureAwait(false);
                    return 2;
                }
            }

            using (certificate)
            {
                TextReader input;
                var scriptFile = parse.GetValue(script);
                try
                {
                    input = scriptFile is null ? Console.In : new StreamReader(scriptFile.FullName, Encoding.ASCII);
                }
                catch (IOException e)
                {
                    await error.WriteLineAsync($"rrp2epp client: cannot read the script: {e.Message}").ConfigureAwait(false);
                    return 2;
                }

                using (input)
                {
                    var trust = new ServerTrust(EppConnectionOptions.NormalizeThumbprint(pinned), parse.GetValue(insecure));
                    return await RunAsync(host, port, certificate, trust, input, scriptFile is null, output, error, cancellationToken).ConfigureAwait(false);
                }
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(string host, int port, X509Certificate2? certificate, ServerTrust trust, TextReader input, bool interactive, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        SslStream tls;
        try
        {
            await tcp.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
            tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = host,
                ClientCertificates = certificate is null ? null : [certificate],
                RemoteCertificateValidationCallback = (_, server, _, errors) => trust.Accepts(server as X509Certificate2, errors),
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or IOException or System.Security.Authentication.AuthenticationException)
        {
            await error.WriteLineAsync($"rrp2epp client: cannot connect to {host}:{port}: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        await using (tls.ConfigureAwait(false))
        {
            await using var reader = RrpFrameReader.Create(tls);
            var banner = await PrintNextAsync(reader, output).ConfigureAwait(false);
            if (banner == NextMessage.EndOfStream)
            {
                await error.WriteLineAsync("rrp2epp client: the server closed the connection before its banner").ConfigureAwait(false);
                return 1;
            }

            if (banner == NextMessage.PrintedClosing)
            {
                // The server refused the session with a closing code instead of a banner (printed above).
                return 1;
            }

            if (interactive)
            {
                await error.WriteLineAsync($"Connected to {host}:{port} ({tls.SslProtocol}). Type a request, end it with a line holding only '.'; 'quit' then '.' leaves.").ConfigureAwait(false);
            }

            var request = new StringBuilder();
            while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.TrimEnd() != ".")
                {
                    if (line.Length > 0 || request.Length > 0)
                    {
                        request.Append(line).Append("\r\n");
                    }

                    continue;
                }

                if (request.Length == 0)
                {
                    continue;
                }

                request.Append(".\r\n");
                var text = request.ToString();
                request.Clear();
                if (!interactive)
                {
                    await output.WriteLineAsync("> " + text[..text.IndexOf('\r', StringComparison.Ordinal)]).ConfigureAwait(false);
                }

                try
                {
                    await tls.WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    await error.WriteLineAsync("rrp2epp client: the server has closed the connection").ConfigureAwait(false);
                    return 0;
                }

                switch (await PrintNextAsync(reader, output).ConfigureAwait(false))
                {
                    case NextMessage.Printed:
                        break;
                    case NextMessage.PrintedClosing:
                        // 220, 420, 520, 521: the server said it closes; that is the normal end, not news.
                        return 0;
                    default:
                        await error.WriteLineAsync("rrp2epp client: the server closed the connection").ConfigureAwait(false);
                        return 0;
                }
            }

            return 0;
        }
    }

    private enum NextMessage
    {
        Printed,
        PrintedClosing,
        EndOfStream,
    }

    // Prints the next message as sent (lines, then '.'), and says whether its code closes the connection.
    private static async Task<NextMessage> PrintNextAsync(RrpFrameReader reader, TextWriter output)
    {
        RrpFrame frame;
        try
        {
            frame = await reader.ReadFrameAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return NextMessage.EndOfStream;
        }

        if (frame.Kind != RrpFrameKind.Message)
        {
            return NextMessage.EndOfStream;
        }

        var text = Encoding.ASCII.GetString(frame.Content).Replace("\r\n", "\n", StringComparison.Ordinal);
        await output.WriteAsync(text).ConfigureAwait(false);
        await output.WriteLineAsync(".").ConfigureAwait(false);
        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        var closes = text.Length >= 3 && RrpResponseCodes.TryParse(Encoding.ASCII.GetBytes(text[..3]), out var code) && code.ClosesConnection();
        return closes ? NextMessage.PrintedClosing : NextMessage.Printed;
    }
}
