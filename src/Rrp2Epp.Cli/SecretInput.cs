using System.Text;

namespace Rrp2Epp.Cli;

/// <summary>
/// Reads a secret from standard input, never from the command line (where other users' <c>ps</c> sees it): the first
/// line of piped input, or, on a terminal, typed twice without echo.
/// </summary>
internal static class SecretInput
{
    /// <summary>The secret, or null and a reason when there is none or the two entries differ.</summary>
    public static async Task<(string? Secret, string? Problem)> ReadAsync(string prompt, TextWriter error, CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected)
        {
            var first = await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (first is null)
            {
                return (null, "standard input is empty: pipe the code in, e.g. from a file readable only by you");
            }

            // One code per call: a second line is more likely a mistake (two codes, a pasted note) than meant.
            while (await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } more)
            {
                if (more.Length > 0)
                {
                    return (null, "standard input holds more than one line: give one code per call");
                }
            }

            return (first, null);
        }

        // .NET turns the terminal's echo off at its first key read and leaves it off; asking for a key first (without
        // reading one) does that before the prompt, so keys typed ahead of the first read are not echoed either.
        _ = Console.KeyAvailable;
        await error.WriteAsync($"{prompt} (not shown): ").ConfigureAwait(false);
        var secret = ReadHidden(error);
        await error.WriteAsync("again: ").ConfigureAwait(false);
        var again = ReadHidden(error);
        return secret == again ? (secret, null) : (null, "the two entries differ");
    }

    /// <summary>A line typed with echo off (<see cref="Console.ReadKey(bool)"/> intercepts each key); backspace works.</summary>
    private static string ReadHidden(TextWriter error)
    {
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                error.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (key.KeyChar != '\0')
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
