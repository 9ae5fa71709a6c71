using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary><c>session</c>: log in as a registrar, optionally changing the password. The passwords never appear in <c>ToString()</c>.</summary>
/// <param name="Id">The registrar ID (<c>-Id</c>), as sent.</param>
/// <param name="Password">The password (<c>-Password</c>), 4-16 printable characters, spaces kept.</param>
/// <param name="NewPassword">The new password (<c>-NewPassword</c>), or null.</param>
public sealed record SessionRequest(string Id, string Password, string? NewPassword) : RrpRequest
{
    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Session;

    /// <inheritdoc/>
    public override RrpEntity? Entity => null;

    /// <summary>Prints the ID and only whether the secrets are present.</summary>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", Id = ").Append(Id)
            .Append(", Password = ").Append(RrpRedaction.Mark(Password))
            .Append(", NewPassword = ").Append(RrpRedaction.Mark(NewPassword));
        return true;
    }
}
