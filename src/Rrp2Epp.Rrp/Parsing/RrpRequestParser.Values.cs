using System.Net;

namespace Rrp2Epp.Rrp;

/// <summary>Reading single values and MOD edits, recording failures in <see cref="ValueErrors"/>.</summary>
public static partial class RrpRequestParser
{
    private static readonly DescribeRequest DescribeWithoutTarget = new((string?)null);
    private static readonly DescribeRequest DescribeProtocol = new(DescribeRequest.ProtocolTarget);

    private static readonly PartReader<string> HostPart = static (ReadOnlySpan<byte> part, ref ValueErrors errors, out string value) =>
        (value = ReadName(part, secondLevel: false, aceCheck: false, "NameServer", ref errors)!) is not null;

    private static readonly PartReader<RrpStatus> StatusPart = ReadStatus;

    private static readonly PartReader<IPAddress> AddressPartV1 = static (ReadOnlySpan<byte> part, ref ValueErrors errors, out IPAddress value) =>
        (value = ReadAddress(part, RrpVersion.V1_1_0, ref errors)!) is not null;

    private static readonly PartReader<IPAddress> AddressPartV2 = static (ReadOnlySpan<byte> part, ref ValueErrors errors, out IPAddress value) =>
        (value = ReadAddress(part, RrpVersion.V2_0_0, ref errors)!) is not null;

    private delegate bool PartReader<T>(ReadOnlySpan<byte> part, ref ValueErrors errors, out T value);

    private static string? ReadName(ReadOnlySpan<byte> value, bool secondLevel, bool aceCheck, string attribute, ref ValueErrors errors)
    {
        switch (RrpValueSyntax.CheckName(value, secondLevel))
        {
            case ValueCheck.Syntax:
                errors.Syntax($"{attribute} is empty or longer than 128 characters");
                return null;
            case ValueCheck.Invalid:
                errors.Invalid(RrpResponseCode.InvalidAttributeValue, secondLevel
                    ? $"{attribute} is not a valid second-level domain name"
                    : $"{attribute} is not a valid host name of two or more labels");
                return null;
        }

        if (aceCheck && !RrpValueSyntax.IsValidAce(value))
        {
            errors.Invalid(RrpResponseCode.InvalidEncoding, $"{attribute} has an xn-- label that is not valid ACE");
            return null;
        }

        return RrpValueSyntax.ToLowerString(value);
    }

    private static IPAddress? ReadAddress(ReadOnlySpan<byte> value, RrpVersion version, ref ValueErrors errors)
    {
        switch (RrpValueSyntax.ParseIpAddress(value, version, out var address))
        {
            case ValueCheck.Syntax:
                errors.Syntax(version == RrpVersion.V2_0_0
                    ? "IPAddress is neither a dotted quad nor an RFC 3632 IPv6 address"
                    : "IPAddress is not a dotted quad (IPv6 needs RRP 2.0.0)");
                return null;
            case ValueCheck.Invalid:
                errors.Invalid(RrpResponseCode.InvalidAttributeValue, "IPAddress has an octet over 255 or with a leading zero");
                return null;
            default:
                return address;
        }
    }

    private static int? ReadPeriod(ReadOnlySpan<byte> value, ref ValueErrors errors)
    {
        switch (RrpValueSyntax.ParsePeriod(value, out var period))
        {
            case ValueCheck.Syntax:
                errors.Syntax("-Period is not a number");
                return null;
            case ValueCheck.Invalid:
                errors.Invalid(RrpResponseCode.InvalidAttributeValue, "-Period is not 1-99");
                return null;
            default:
                return period;
        }
    }

    private static bool ReadStatus(ReadOnlySpan<byte> part, ref ValueErrors errors, out RrpStatus status)
    {
        if (part.IsEmpty || part.Length > RrpValueSyntax.MaxValueLength)
        {
            errors.Syntax("Status is empty or longer than 128 characters");
            status = default;
            return false;
        }

        if (!RrpStatuses.TryParse(part, out status))
        {
            errors.Invalid(RrpResponseCode.InvalidAttributeValue, "Status is not a status word");
            return false;
        }

        return true;
    }

    // MOD markers (RFC 2832 §4.3.5): "v" adds, "v=" removes, "old=new" replaces; no other '=' is allowed.
    private static RrpEdit<T> ReadEdit<T>(ReadOnlySpan<byte> value, string attribute, ref ValueErrors errors, PartReader<T> read)
    {
        var eq = value.IndexOf((byte)'=');
        if (eq < 0)
        {
            return read(value, ref errors, out var added) ? RrpEdit.Add(added) : default;
        }

        if (eq == 0 || value[(eq + 1)..].Contains((byte)'='))
        {
            errors.Syntax($"{attribute} has a misplaced '=' (use value, value= or old=new)");
            return default;
        }

        var oldOk = read(value[..eq], ref errors, out var old);
        if (eq == value.Length - 1)
        {
            return oldOk ? RrpEdit.Remove(old) : default;
        }

        var newOk = read(value[(eq + 1)..], ref errors, out var replacement);
        return oldOk && newOk ? RrpEdit.Replace(old, replacement) : default;
    }

    // Request-wide limits: at most 13 values brought in or taken out; a value brought in twice is not unique (540),
    // a value taken out twice cannot exist the second time (542).
    private static void CheckEdits<T>(ReadOnlySpan<RrpEdit<T>> edits, string attribute, ref ValueErrors errors)
    {
        if (errors.Code is not null || edits.IsEmpty)
        {
            return;
        }

        int adds = 0, removes = 0;
        foreach (var edit in edits)
        {
            adds += edit.AddsNew ? 1 : 0;
            removes += edit.RemovesOld ? 1 : 0;
        }

        if (adds > MaxValuesPerAttribute || removes > MaxValuesPerAttribute)
        {
            errors.Limit(RrpResponseCode.InvalidAttributeValue, $"more than 13 {attribute} values added or removed");
            return;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < edits.Length; i++)
        {
            for (var j = i + 1; j < edits.Length; j++)
            {
                if (edits[i].AddsNew && edits[j].AddsNew && comparer.Equals(edits[i].New, edits[j].New))
                {
                    errors.Limit(RrpResponseCode.AttributeValueNotUnique, $"a {attribute} value is added twice");
                    return;
                }

                if (edits[i].RemovesOld && edits[j].RemovesOld && comparer.Equals(edits[i].Old, edits[j].Old))
                {
                    errors.Limit(RrpResponseCode.InvalidOldValue, $"a {attribute} value is removed twice");
                    return;
                }
            }
        }
    }

    private static bool HasDuplicate<T>(ReadOnlySpan<T> items)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = i + 1; j < items.Length; j++)
            {
                if (comparer.Equals(items[i], items[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static T[] NewArray<T>(int count) => count == 0 ? [] : new T[count];

    /// <summary>The first failure by rank: 505 before 541 before 510 before 506, then the request-wide limits.</summary>
    private struct ValueErrors
    {
        private int _rank;

        public RrpResponseCode? Code { get; private set; }

        public string? Detail { get; private set; }

        public void Syntax(string detail) => Set(1, RrpResponseCode.InvalidAttributeValueSyntax, detail);

        public void Invalid(RrpResponseCode code, string detail) => Set(
            code switch
            {
                RrpResponseCode.InvalidAttributeValue => 2,
                RrpResponseCode.InvalidEncoding => 3,
                _ => 4,
            },
            code,
            detail);

        public void Limit(RrpResponseCode code, string detail) => Set(5, code, detail);

        private void Set(int rank, RrpResponseCode code, string detail)
        {
            if (_rank == 0 || rank < _rank)
            {
                _rank = rank;
                Code = code;
                Detail = detail;
            }
        }
    }
}
