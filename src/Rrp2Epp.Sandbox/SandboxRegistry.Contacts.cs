using System.Xml;
using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

// Contact objects (RFC 5733) for thick registries. Contact transfer is not offered (2101, as
// RFC 5730 §3 allows for a transfer an object type does not support).
public sealed partial class SandboxRegistry
{
    private SandboxResult ContactCheck(ContactCheckRequest c)
    {
        if (c.Ids.Count > _policies.MaxCheckNames)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Contact("id", c.Ids[_policies.MaxCheckNames], $"At most {_policies.MaxCheckNames} ids per check"));
        }

        var items = c.Ids.Select(id => (id, !_contacts.ContainsKey(id), _contacts.ContainsKey(id) ? "In use" : null)).ToList();
        return new SandboxResult(EppResultCode.Success, new CheckData("contact", EppNamespaces.Contact, "id", items));
    }

    private SandboxResult ContactInfo(ContactInfoRequest c, string clientId)
    {
        if (!_contacts.TryGetValue(c.Id, out var x))
        {
            return ContactMissing(c.Id);
        }

        var authorized = x.Sponsor == clientId;
        if (c.AuthInfo is { } auth)
        {
            if (auth.Password != x.AuthInfo || (auth.Roid is not null && auth.Roid != x.Roid))
            {
                return SandboxResult.Fail(EppResultCode.InvalidAuthorizationInformation, ErrorValue.Contact("id", c.Id, "The authInfo does not match"));
            }

            authorized = true;
        }

        if (!authorized && _policies.UnauthorizedInfo == UnauthorizedInfo.Refuse)
        {
            return SandboxResult.Fail(EppResultCode.AuthorizationError,
                ErrorValue.Contact("id", c.Id, "Only the sponsor, or a client with the authInfo, may see this contact"));
        }

        var statuses = new List<StatusSnapshot>(Snapshot(x.Statuses, x.StatusTexts));
        if (statuses.Count == 0)
        {
            statuses.Add(new StatusSnapshot("ok", null, null));
        }

        if (x.LinkCount > 0)
        {
            statuses.Add(new StatusSnapshot("linked", null, null));
        }

        return new SandboxResult(EppResultCode.Success, new ContactInfoSnapshot(x, statuses, authorized));
    }

    private SandboxResult ContactCreate(ContactCreateRequest c, string clientId, DateTimeOffset now)
    {
        if (_contacts.ContainsKey(c.Id))
        {
            return SandboxResult.Fail(EppResultCode.ObjectExists, ErrorValue.Contact("id", c.Id, "The contact exists"));
        }

        if (CheckContactData(c.PostalInfos, c.Email, c.AuthInfo, c.Id) is { } error)
        {
            return error;
        }

        var contact = new ContactObject
        {
            Id = c.Id,
            Roid = NextRoid('C'),
            Sponsor = clientId,
            CrId = clientId,
            CrDate = now,
            PostalInfos = c.PostalInfos.ToList(),
            Voice = c.Voice,
            Fax = c.Fax,
            Email = c.Email,
            AuthInfo = c.AuthInfo!.Password,
            Disclose = c.Disclose,
        };
        _contacts.Add(c.Id, contact);
        return new SandboxResult(EppResultCode.Success, new CreateData("contact", EppNamespaces.Contact, "id", c.Id, now));
    }

    private SandboxResult ContactDelete(ContactDeleteRequest c, string clientId)
    {
        if (SponsoredContact(c.Id, clientId, out var x) is { } error)
        {
            return error;
        }

        if ((x.Statuses & ObjectStatuses.DeleteProhibited) != 0)
        {
            return SandboxResult.Fail(EppResultCode.ObjectStatusProhibitsOperation, ErrorValue.Contact("id", c.Id, "The contact has a *DeleteProhibited status"));
        }

        if (x.LinkCount > 0)
        {
            return SandboxResult.Fail(EppResultCode.ObjectAssociationProhibitsOperation,
                ErrorValue.Contact("id", c.Id, $"The contact is used by {x.LinkCount} domain association(s)"));
        }

        _contacts.Remove(x.Id);
        return SandboxResult.Ok;
    }

    private SandboxResult ContactUpdate(ContactUpdateRequest c, string clientId, DateTimeOffset now)
    {
        if (SponsoredContact(c.Id, clientId, out var x) is { } error)
        {
            return error;
        }

        if ((x.Statuses & ObjectStatus.ServerUpdateProhibited) != 0
            || ((x.Statuses & ObjectStatus.ClientUpdateProhibited) != 0
                && !(c.ChangesOnlyStatusRemovals && c.RemoveStatuses.Any(s => s.Name == "clientUpdateProhibited"))))
        {
            return SandboxResult.Fail(EppResultCode.ObjectStatusProhibitsOperation, ErrorValue.Contact("id", c.Id, "The contact has an *UpdateProhibited status"));
        }

        var statuses = x.Statuses;
        foreach (var (s, add) in c.RemoveStatuses.Select(s => (s, false)).Concat(c.AddStatuses.Select(s => (s, true))))
        {
            if (ObjectStatuses.Parse(s.Name) is not { } flag || (flag & ObjectStatuses.ClientSettable & ObjectStatuses.ContactMask) == 0
                || ((statuses & flag) != 0) == add)
            {
                return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                    ErrorValue.Contact("status", null, "Not a client status this contact can gain or lose", ("s", s.Name)));
            }

            statuses = add ? statuses | flag : statuses & ~flag;
        }

        var postal = x.PostalInfos.ToList();
        foreach (var p in c.PostalInfos)
        {
            postal.RemoveAll(q => q.Type == p.Type);
            postal.Add(p);
        }

        if (CheckContactData(postal, c.Email ?? x.Email, c.AuthInfo ?? new AuthInfo(x.AuthInfo, null), c.Id) is { } dataError)
        {
            return dataError;
        }

        x.Statuses = statuses;
        x.PostalInfos = postal;
        x.Voice = c.VoiceChanged ? c.Voice : x.Voice;
        x.Fax = c.FaxChanged ? c.Fax : x.Fax;
        x.Email = c.Email ?? x.Email;
        x.AuthInfo = c.AuthInfo?.Password ?? x.AuthInfo;
        x.Disclose = c.Disclose ?? x.Disclose;
        x.UpId = clientId;
        x.UpDate = now;
        return SandboxResult.Ok;
    }

    private SandboxResult? CheckContactData(IReadOnlyList<PostalInfo> postal, string email, AuthInfo? auth, string id)
    {
        foreach (var p in postal.Where(p => p.Type == "int"))
        {
            if (new[] { p.Name, p.Org ?? "", p.City, p.Sp ?? "", p.Pc ?? "" }.Concat(p.Street).Any(s => s.Any(ch => ch > 127)))
            {
                return SandboxResult.Fail(EppResultCode.ParameterValueSyntaxError,
                    ErrorValue.Contact("postalInfo", null, "The int form is 7-bit ASCII only (RFC 5733 §2.3)", ("type", "int")));
            }
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == email.Length - 1 || email.Contains(' ', StringComparison.Ordinal))
        {
            return SandboxResult.Fail(EppResultCode.ParameterValueSyntaxError, ErrorValue.Contact("email", email, "Not an e-mail address"));
        }

        if (auth is null || auth.Password.Length < _policies.MinAuthInfoLength)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Contact("id", id, $"The authInfo password needs at least {_policies.MinAuthInfoLength} characters"));
        }

        return null;
    }

    private SandboxResult? SponsoredContact(string id, string clientId, out ContactObject contact)
    {
        if (!_contacts.TryGetValue(id, out contact!))
        {
            return ContactMissing(id);
        }

        return contact.Sponsor == clientId
            ? null
            : SandboxResult.Fail(EppResultCode.AuthorizationError, ErrorValue.Contact("id", id, "Only the sponsoring registrar may do this"));
    }

    private static SandboxResult ContactMissing(string id) =>
        SandboxResult.Fail(EppResultCode.ObjectDoesNotExist, ErrorValue.Contact("id", id, "No such contact"));

    /// <summary>contact:infData (full, or without the personal data for an unauthorized client under the reduced policy).</summary>
    private sealed class ContactInfoSnapshot : ResponseData
    {
        private readonly string _id, _roid, _clId, _crId, _email, _authInfo;
        private readonly IReadOnlyList<StatusSnapshot> _statuses;
        private readonly IReadOnlyList<PostalInfo> _postal;
        private readonly Phone? _voice, _fax;
        private readonly Disclose? _disclose;
        private readonly string? _upId;
        private readonly DateTimeOffset _crDate;
        private readonly DateTimeOffset? _upDate, _trDate;
        private readonly bool _full;

        public ContactInfoSnapshot(ContactObject x, IReadOnlyList<StatusSnapshot> statuses, bool full)
        {
            (_id, _roid, _clId, _crId, _email, _authInfo) = (x.Id, x.Roid, x.Sponsor, x.CrId, x.Email, x.AuthInfo);
            (_statuses, _postal, _voice, _fax, _disclose) = (statuses, x.PostalInfos.ToList(), x.Voice, x.Fax, x.Disclose);
            (_upId, _crDate, _upDate, _trDate, _full) = (x.UpId, x.CrDate, x.UpDate, x.TrDate, full);
        }

        public override void Write(XmlWriter w)
        {
            const string p = "contact";
            const string ns = EppNamespaces.Contact;
            w.WriteStartElement(p, "infData", ns);
            w.WriteElementString(p, "id", ns, _id);
            w.WriteElementString(p, "roid", ns, _roid);
            foreach (var s in _statuses)
            {
                s.Write(w, p, ns);
            }

            // The schema requires postalInfo and email; an unauthorized client sees them redacted.
            foreach (var info in _postal)
            {
                w.WriteStartElement(p, "postalInfo", ns);
                w.WriteAttributeString("type", info.Type);
                w.WriteElementString(p, "name", ns, _full ? info.Name : "REDACTED");
                if (_full && info.Org is not null)
                {
                    w.WriteElementString(p, "org", ns, info.Org);
                }

                w.WriteStartElement(p, "addr", ns);
                foreach (var street in _full ? info.Street : [])
                {
                    w.WriteElementString(p, "street", ns, street);
                }

                w.WriteElementString(p, "city", ns, _full ? info.City : "REDACTED");
                if (_full && info.Sp is not null)
                {
                    w.WriteElementString(p, "sp", ns, info.Sp);
                }

                if (_full && info.Pc is not null)
                {
                    w.WriteElementString(p, "pc", ns, info.Pc);
                }

                w.WriteElementString(p, "cc", ns, info.Cc);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            if (_full)
            {
                WritePhone(w, "voice", _voice);
                WritePhone(w, "fax", _fax);
            }

            w.WriteElementString(p, "email", ns, _full ? _email : "redacted@invalid");
            w.WriteElementString(p, "clID", ns, _clId);
            w.WriteElementString(p, "crID", ns, _crId);
            w.WriteElementString(p, "crDate", ns, EppDates.Format(_crDate));
            if (_upId is not null)
            {
                w.WriteElementString(p, "upID", ns, _upId);
            }

            if (_upDate is { } up)
            {
                w.WriteElementString(p, "upDate", ns, EppDates.Format(up));
            }

            if (_trDate is { } tr)
            {
                w.WriteElementString(p, "trDate", ns, EppDates.Format(tr));
            }

            if (_full)
            {
                w.WriteStartElement(p, "authInfo", ns);
                w.WriteElementString(p, "pw", ns, _authInfo);
                w.WriteEndElement();
                if (_disclose is { } d)
                {
                    w.WriteStartElement(p, "disclose", ns);
                    w.WriteAttributeString("flag", d.Flag ? "1" : "0");
                    foreach (var (element, type) in d.Items)
                    {
                        w.WriteStartElement(p, element, ns);
                        if (type is not null)
                        {
                            w.WriteAttributeString("type", type);
                        }

                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                }
            }

            w.WriteEndElement();
        }

        private static void WritePhone(XmlWriter w, string element, Phone? phone)
        {
            if (phone is null)
            {
                return;
            }

            w.WriteStartElement("contact", element, EppNamespaces.Contact);
            if (phone.Extension is not null)
            {
                w.WriteAttributeString("x", phone.Extension);
            }

            w.WriteString(phone.Number);
            w.WriteEndElement();
        }
    }
}
