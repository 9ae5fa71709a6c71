using System.Globalization;
using System.Security.Cryptography;

namespace Rrp2Epp.Mapping.Profiles;

/// <summary>
/// How the gateway's authInfo values look (DESIGN §3: a strong authInfo on every create and after every transfer).
/// The gateway draws them with <see cref="Generate"/> (a CSPRNG) and hands them to translations through
/// <see cref="TranslationInputs"/>; translations only check them with <see cref="IsSatisfiedBy"/>, so they stay pure.
/// </summary>
/// <param name="Length">Characters per value (8-64).</param>
/// <param name="Alphabet">The characters drawn from: printable ASCII without space, each once, at least 10.</param>
public sealed record AuthInfoRules(int Length = 16, string Alphabet = AuthInfoRules.DefaultAlphabet)
{
    /// <summary>Letters, digits and a few punctuation marks registries commonly accept.</summary>
    public const string DefaultAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+=!*";

    /// <summary>The least entropy a value may carry, in bits.</summary>
    public const int MinimumEntropyBits = 64;

    /// <summary>
    /// A fresh value: uniform draws from <see cref="Alphabet"/>, redrawn until it holds every character class the
    /// alphabet offers (upper case, lower case, digit, other), since registries often demand a mix.
    /// </summary>
    public string Generate()
    {
        while (true)
        {
            var value = RandomNumberGenerator.GetString(Alphabet, Length);
            if (HasEveryClass(value))
            {
                return value;
            }
        }
    }

    /// <summary>
    /// Whether a translation may send <paramref name="value"/> as a generated authInfo: 8-64 printable ASCII characters
    /// without space (so xs:token leaves it alone). Deliberately looser than <see cref="IsSatisfiedBy"/>: the gateway
    /// may draw with its own configured alphabet, and a value that is merely not this profile's shape is no reason to
    /// refuse a registration.
    /// </summary>
    public static bool IsAcceptable(string? value) =>
        value is { Length: >= 8 and <= 64 } && !value.AsSpan().ContainsAnyExceptInRange('!', '~');

    /// <summary>Whether <paramref name="value"/> could have come from <see cref="Generate"/>.</summary>
    public bool IsSatisfiedBy(string? value) =>
        value is not null && value.Length == Length && value.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) && HasEveryClass(value);

    /// <summary>Every problem with these rules, each naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string prefix = "AuthInfo")
    {
        var errors = new List<string>();
        if (Length is < 8 or > 64)
        {
            errors.Add($"{prefix}.Length: must be 8-64 characters");
        }

        if (Alphabet is null || Alphabet.Length < 10)
        {
            errors.Add($"{prefix}.Alphabet: needs at least 10 characters");
            return errors;
        }

        if (Alphabet.AsSpan().ContainsAnyExceptInRange('!', '~'))
        {
            errors.Add($"{prefix}.Alphabet: only printable ASCII without space is allowed");
        }

        if (Alphabet.Distinct().Count() != Alphabet.Length)
        {
            errors.Add($"{prefix}.Alphabet: a character appears twice (it would bias the draw)");
        }

        var bits = Length * Math.Log2(Alphabet.Distinct().Count());
        if (bits < MinimumEntropyBits)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}: {bits:F0} bits of entropy, below the minimum of {MinimumEntropyBits}; make it longer or the alphabet larger"));
        }

        return errors;
    }

    /// <summary>Describes the rules without any value.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"AuthInfoRules {{ Length = {Length}, Alphabet = {Alphabet.Length} characters }}");

    private bool HasEveryClass(string value)
    {
        foreach (var inClass in Classes)
        {
            if (Alphabet.Any(inClass) && !value.Any(inClass))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Func<char, bool>[] Classes =
    [
        char.IsAsciiLetterUpper,
        char.IsAsciiLetterLower,
        char.IsAsciiDigit,
        c => !char.IsAsciiLetterOrDigit(c),
    ];
}
