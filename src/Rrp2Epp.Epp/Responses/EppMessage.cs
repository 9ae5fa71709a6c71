namespace Rrp2Epp.Epp.Responses;

/// <summary>
/// What <see cref="EppResponseReader"/> makes of a server frame: an <see cref="EppResponse"/>, an
/// <see cref="EppGreeting"/>, or an <see cref="EppMalformedMessage"/> when the frame cannot be
/// trusted. Reading never throws; switch on the type.
/// </summary>
public abstract record EppMessage
{
    private protected EppMessage()
    {
    }
}
