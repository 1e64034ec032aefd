#!/usr/bin/env bash
# Re-creates the practice server's public certificates in this folder: a practice CA and a
# certificate for localhost / 127.0.0.1 / ::1 signed by it, valid from 2025 to 2045 (backdated, so a
# machine whose clock is somewhat behind still accepts them).
# The CA's private key is thrown away at the end: nobody, not even us, can issue another certificate
# from this CA. The CA is also name-constrained to loopback names and addresses.
set -euo pipefail
cd "$(dirname "$0")"
start=20250101000000Z
end=20450101000000Z
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/db" && : > "$work/db/index.txt" && echo 01 > "$work/db/serial"
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = practice
[practice]
database = $work/db/index.txt
serial = $work/db/serial
new_certs_dir = $work/db
default_md = sha256
policy = any
unique_subject = no
[any]
organizationName = optional
commonName = supplied
[ca_ext]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
nameConstraints = critical,permitted;DNS:localhost,permitted;IP:127.0.0.0/255.0.0.0,permitted;IP:::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
[server_ext]
subjectAltName = DNS:localhost,IP:127.0.0.1,IP:::1
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
authorityKeyIdentifier = keyid
CNF
ec() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out "$1"; }
ec "$work/ca.key"
openssl req -new -key "$work/ca.key" -out "$work/ca.csr" \
    -subj "/O=SMTP Doctor/CN=SMTP Doctor Practice CA (public, loopback only)"
openssl ca -batch -notext -config "$work/ca.cnf" -selfsign -keyfile "$work/ca.key" -in "$work/ca.csr" \
    -out ca.pem -startdate $start -enddate $end -extensions ca_ext 2>/dev/null
ec server.key # PKCS#8 "BEGIN PRIVATE KEY", which QSslKey reads
openssl req -new -key server.key -out "$work/server.csr" -subj "/O=SMTP Doctor/CN=localhost"
openssl ca -batch -notext -config "$work/ca.cnf" -cert ca.pem -keyfile "$work/ca.key" -in "$work/server.csr" \
    -out server.pem -startdate $start -enddate $end -extensions server_ext 2>/dev/null
chmod 644 server.key
openssl verify -CAfile ca.pem server.pem
