using System.Reflection;
using Rrp2Epp.Gateway.Store;

namespace Rrp2Epp.Gateway.Tests.Poll;

/// <summary>A store that passes every call to the real one, except that keeping a poll message fails while <see cref="Failing"/> is set.</summary>
public class FailingStore : DispatchProxy
{
    private IGatewayStore _inner = null!;

    /// <summary>While true, <see cref="IGatewayStore.AddPollMessageAsync"/> throws as a broken database would.</summary>
    public bool Failing { get; set; }

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public static IGatewayStore Wrap(IGatewayStore inner, out FailingStore control)
    {
        var proxy = Create<IGatewayStore, FailingStore>();
        control = (FailingStore)(object)proxy;
        control._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (Failing && targetMethod.Name == nameof(IGatewayStore.AddPollMessageAsync))
        {
            return Task.FromException<bool>(new IOException("the store is unavailable (injected)"));
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
