#!/usr/bin/env bash
# The certificates of docker-compose.yml's demo, made once into the certs volume by the one-shot "certs" service:
#   ca.pem                  a demo CA; the gateways trust the sandbox registry through it (Registry:TrustedCertificateAuthorities)
#   sandbox.pfx             the sandbox registry's server certificate (names: sandbox, localhost)
#   gateway-epp-client.pfx  the gateways' EPP client certificate (RFC 5734 mutual TLS)
#   rrp-server.pfx          the RRP server certificate both gateways present behind HAProxy (one certificate, one pin)
# The CA's key is thrown away once they are signed, so nothing else can be issued in its name. The PKCS#12 files are
# protected with $CERT_PASSWORD and readable only by the runtime image's user. For a real deployment put your own
# files under the same names into the volume (or mount a folder at /certs) and skip this script.
set -euo pipefail
dir=${1:-/certs}
owner=${CERT_OWNER:-1654}
: "${CERT_PASSWORD:?set CERT_PASSWORD, the password of the PKCS#12 files}"

thumbprint() { openssl x509 -in "$1" -noout -fingerprint -sha256 | sed 's/.*=//; s/://g'; }

if [ -s "$dir/rrp-server.pem" ]; then
  echo "certificates already in $dir; RRP server certificate SHA-256 $(thumbprint "$dir/rrp-server.pem")"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
umask 077
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

key "$work/ca.key"
openssl req -x509 -new -key "$work/ca.key" -subj "/CN=Rrp2Epp compose demo CA" -days 825 \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out "$work/ca.pem"

# issue NAME COMMON-NAME SUBJECT-ALT-NAMES EXTENDED-KEY-USAGE
issue() {
  key "$work/$1.key"
  openssl req -new -key "$work/$1.key" -subj "/CN=$2" -out "$work/$1.csr"
  printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nsubjectAltName=%s\nextendedKeyUsage=%s\n' "$3" "$4" >"$work/$1.ext"
  openssl x509 -req -in "$work/$1.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 825 \
    -extfile "$work/$1.ext" -out "$work/$1.pem" 2>/dev/null
  openssl pkcs12 -export -inkey "$work/$1.key" -in "$work/$1.pem" -name "$2" -passout env:CERT_PASSWORD -out "$work/$1.pfx"
}
issue sandbox "sandbox" "DNS:sandbox,DNS:localhost,IP:127.0.0.1" serverAuth
issue gateway-epp-client "rrp2epp gateway" "DNS:rrp2epp-gateway" clientAuth
issue rrp-server "rrp2epp" "DNS:localhost,DNS:haproxy,DNS:gateway1,DNS:gateway2,IP:127.0.0.1" serverAuth

mkdir -p "$dir" && chmod 0755 "$dir"
install -m 0444 "$work/ca.pem" "$work/rrp-server.pem" "$dir/"
install -m 0400 -o "$owner" "$work/sandbox.pfx" "$work/gateway-epp-client.pfx" "$work/rrp-server.pfx" "$dir/"
echo "certificates made in $dir; RRP server certificate SHA-256 $(thumbprint "$dir/rrp-server.pem") (clients: --pin it)"
