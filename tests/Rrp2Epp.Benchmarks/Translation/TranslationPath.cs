using System.Buffers;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Mapping;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Translations;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Benchmarks.Translation;

/// <summary>
/// The gateway's per-command translation path without its I/O, built from the same parts the RRP session, the
/// executor and the EPP connection use: <see cref="RrpRequestParser"/> → <see cref="MappingTranslator"/> (the
/// gateway's translator over the default options' tables and profile) → <see cref="EppCommandWriter"/> with a clTRID
/// from <see cref="EppClientTransactionIds"/>; and <see cref="EppResponseReader"/> → the translation's result table →
/// <see cref="RrpResponseWriter"/>. SESSION is no translation in the gateway: its forward half is the local check and
/// the login frame, its reverse half <see cref="SessionMapping.MapLogin"/>. Not included: sockets, framing headers,
/// the store, logging, the pool (the end-to-end benchmark measures those).
/// </summary>
public sealed class TranslationPath
{
    // What the store would hand a TRANSFER (the store read is I/O, not translation).
    private const string StoredAuthInfo = "St0red-AuthInfo!";

    private readonly GatewayOptions _options = new();
    private readonly TranslationSetup _setup;
    private readonly MappingTranslator _translator;
    private readonly AuthInfoGenerator _authInfo;
    private readonly RegistryProfile _profile;
    private readonly EppClientTransactionIds _transactionIds = new("RRPGW");
    private readonly EppNegotiatedServices _services = new(EppLoginRequest.DefaultObjectUris, EppLoginRequest.DefaultExtensionUris);
    private readonly RrpParserOptions _parserOptions = RrpParserOptions.Default;
    private readonly ArrayBufferWriter<byte> _output = new(1024);

    /// <summary>Builds the path over the default gateway options.</summary>
    public TranslationPath()
    {
        _setup = new TranslationSetup(Options.Create(_options));
        _translator = new MappingTranslator(_setup, new FakeTimeProvider(TranslationScenarios.Now));
        _authInfo = new AuthInfoGenerator(_setup);
        _profile = TranslationSetup.BuildProfile(_options, _options.EffectiveRegistries[0]).EnsureValid();
    }

    /// <summary>The RRP bytes of the last answer written.</summary>
    public ReadOnlySpan<byte> LastAnswer => _output.WrittenSpan;

    /// <summary>
    /// Forward: the request bytes → parsed request → translation (or SESSION's login) → the first EPP frame, written
    /// and released as the connection does. Returns the translation (or SESSION's parsed request) awaiting the answer.
    /// </summary>
    public Pending Forward(byte[] request, out int frameLength)
    {
        var parsed = RrpRequestParser.Parse(request, _parserOptions).Request ?? throw new InvalidOperationException("the request does not parse");
        if (parsed is SessionRequest session)
        {
            if (SessionMapping.CheckLocally(session, 1, _setup.Tables) is not null)
            {
                throw new InvalidOperationException("SESSION was refused locally");
            }

            var login = new LoginCommand(session.Id, new EppSecret(session.Password), _services.ObjectUris, _services.ExtensionUris);
            frameLength = Write(login);
            return new Pending(null, session);
        }

        var translation = Create(parsed);
        var step = translation.Start();
        frameLength = step is SendStep send ? Write(send.Command) : throw new InvalidOperationException($"{parsed.Command} sends nothing");
        return new Pending(translation, null);
    }

    /// <summary>
    /// Reverse: each registry answer → read → the translation's next step (writing the next EPP frame when there is
    /// one) → the RRP answer's bytes. Returns the RRP code.
    /// </summary>
    public RrpResponseCode Reverse(Pending pending, TranslationScenario scenario)
    {
        RrpResponse response;
        if (pending.Session is { } session)
        {
            response = SessionMapping.MapLogin(session, Answer(scenario.Exchanges[0].Answer), 1, resent: false, _setup.Tables).Response;
        }
        else
        {
            var translation = pending.Translation!;
            PlanStep step;
            var i = 0;
            while (true)
            {
                step = translation.Next(Answer(scenario.Exchanges[i++].Answer));
                if (step is not SendStep send)
                {
                    break;
                }

                Write(send.Command);
            }

            response = ((FinishStep)step).Response;
        }

        _output.ResetWrittenCount();
        RrpResponseWriter.Write(response, _output);
        return response.Code;
    }

    /// <summary>
    /// Runs <paramref name="scenario"/> once, checking that it sends exactly its commands and ends with its code, so
    /// the benchmarks measure the path they claim to.
    /// </summary>
    public void Verify(TranslationScenario scenario)
    {
        var parsed = RrpRequestParser.Parse(scenario.Request, _parserOptions).Request;
        var kinds = new List<EppCommandKind>();
        if (parsed is SessionRequest)
        {
            kinds.Add(EppCommandKind.Login);
        }
        else if (parsed is not null)
        {
            var translation = Create(parsed);
            var step = translation.Start();
            while (step is SendStep send && kinds.Count < scenario.Exchanges.Count)
            {
                kinds.Add(send.Command.Kind);
                step = translation.Next(Answer(scenario.Exchanges[kinds.Count - 1].Answer));
            }

            if (step is SendStep extra)
            {
                throw new InvalidOperationException($"{scenario.Name}: sends an unexpected {extra.Command.Kind.LogName()}");
            }
        }

        var expected = scenario.Exchanges.Select(e => e.Kind).ToList();
        if (!kinds.SequenceEqual(expected))
        {
            throw new InvalidOperationException($"{scenario.Name}: sends [{string.Join(", ", kinds.Select(k => k.LogName()))}], not [{string.Join(", ", expected.Select(k => k.LogName()))}]");
        }

        var code = Reverse(Forward(scenario.Request, out _), scenario);
        if (code != scenario.Expected)
        {
            throw new InvalidOperationException($"{scenario.Name}: answers {(int)code}, not {(int)scenario.Expected}");
        }
    }

    // As the session does: the inputs the request needs (fresh authInfo values drawn, the stored one as the store gives it).
    private ITranslation Create(RrpRequest parsed)
    {
        var needs = _translator.InputsFor(parsed, _profile);
        return _translator.Create(new TranslationRequest(parsed, _profile, TranslationScenarios.Registrar, RrpVersion.V2_0_0, _services,
            needs.GeneratedAuthInfo ? _authInfo.Next() : null, needs.GeneratedAuthInfo ? _authInfo.Next() : null, needs.StoredAuthInfo ? StoredAuthInfo : null, null));
    }

    private static EppAnswered Answer(byte[] frame) =>
        EppResponseReader.Read(frame) is EppResponse response ? new EppAnswered(response) : throw new InvalidOperationException("the answer does not read as a response");

    private int Write(EppCommand command)
    {
        using var frame = EppCommandWriter.Write(command, _transactionIds.Next());
        return frame.Length;
    }

    /// <summary>What waits for the registry's answer: a translation, or SESSION's request.</summary>
    public readonly record struct Pending(ITranslation? Translation, SessionRequest? Session);
}
