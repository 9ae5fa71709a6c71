using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary>
/// <c>transfer</c> / <c>EntityName:Domain</c>: a request (<see cref="Approve"/> null), an approval (true), or a
/// rejection or 2.0.0 cancel (false; who sent it decides which). <see cref="AuthInfo"/> is never printed.
/// </summary>
/// <param name="DomainName">The second-level name, lower case.</param>
/// <param name="Approve"><c>-Approve:Yes</c> → true, <c>-Approve:No</c> → false, absent → null.</param>
/// <param name="AuthInfo">The opt-in gateway extension <c>AuthInfo:</c> (6-64 printable non-space characters), or null.</param>
public sealed record TransferRequest(string DomainName, bool? Approve, string? AuthInfo) : RrpRequest
{
    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Transfer;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.Domain;

    /// <summary>
    /// Whether <paramref name="value"/> is an authInfo a registrar may supply: 6-64 printable ASCII characters without
    /// space, so it stays intact as an EPP token. The parser applies the same rule to the <c>AuthInfo:</c> line, and
    /// <c>rrp2epp authinfo set</c> to the code an operator stores.
    /// </summary>
    public static bool IsValidAuthInfo(string? value) =>
        value is { Length: >= 6 and <= 64 } && !value.AsSpan().ContainsAnyExceptInRange('!', '~');

    /// <summary>Prints everything but the authInfo's value.</summary>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", DomainName = ").Append(DomainName)
            .Append(", Approve = ").Append(Approve switch { null => "(none)", true => "Yes", false => "No" })
            .Append(", AuthInfo = ").Append(RrpRedaction.Mark(AuthInfo));
        return true;
    }
}
