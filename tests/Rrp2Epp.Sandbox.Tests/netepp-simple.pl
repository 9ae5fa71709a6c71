#!/usr/bin/perl
# Drives the sandbox with Debian's Net::EPP::Simple (libnet-epp-perl), a client we did not write.
# Usage: netepp-simple.pl HOST PORT CLID PASSWORD CERT.pem KEY.pem DOMAIN
# Prints one line per step; the xunit test asserts them.
use strict;
use warnings;
use Net::EPP::Simple;

my ($host, $port, $user, $pass, $cert, $key, $domain) = @ARGV;
$| = 1;

# ssl => 1 and no verify: the sandbox's certificate is self-signed (verify => 0 would turn checking on).
my $epp = Net::EPP::Simple->new(
    host => $host, port => $port, user => $user, pass => $pass,
    ssl => 1, cert => $cert, key => $key, timeout => 30, load_config => 0,
);
if (!$epp) {
    print "LOGIN FAILED $Net::EPP::Simple::Code $Net::EPP::Simple::Error\n";
    exit 1;
}

my $ns = 'urn:ietf:params:xml:ns:epp-1.0';
my $greeting = $epp->{greeting};
print "GREETING ", $greeting->getElementsByTagNameNS($ns, 'svID')->shift->textContent, "\n";
print "OBJURI $_\n" for map { $_->textContent } $greeting->getElementsByTagNameNS($ns, 'objURI');
print "LOGIN $Net::EPP::Simple::Code\n";

print "CHECK ", $epp->check_domain($domain), "\n";

$epp->create_contact({
    id => 'perl-c1', fax => '', voice => '+1.7035555555', email => 'perl@example.com', authInfo => 'perl-pw-1',
    postalInfo => { int => { name => 'Perl Tester', org => 'Example', addr => { street => ['1 Test St'], city => 'Dulles', cc => 'US' } } },
});
print "CONTACT $Net::EPP::Simple::Code\n";

$epp->create_domain({
    name => $domain, period => 2, registrant => 'perl-c1',
    contacts => { admin => 'perl-c1', tech => 'perl-c1' }, authInfo => 'perl-Dom-pw1',
});
print "CREATE $Net::EPP::Simple::Code\n";

my $info = $epp->domain_info($domain);
print "INFO $Net::EPP::Simple::Code ", ($info ? "$info->{name} $info->{clID} $info->{exDate} $info->{authInfo}" : "none"), "\n";

$epp->create_domain({ name => $domain, period => 1, registrant => 'perl-c1', contacts => {}, authInfo => 'perl-Dom-pw1' });
print "CREATE-AGAIN $Net::EPP::Simple::Code\n";

$epp->delete_domain($domain);
print "DELETE $Net::EPP::Simple::Code\n";

print "CHECK ", $epp->check_domain($domain), "\n";

# logout() does not record the code, so send the logout frame here and read the result.
my $bye = $epp->request(Net::EPP::Frame::Command::Logout->new);
print "LOGOUT ", $bye->getElementsByTagNameNS($ns, 'result')->shift->getAttribute('code'), "\n";
$epp->{authenticated} = undef;
$epp->disconnect;
$epp->{connected} = 0;
