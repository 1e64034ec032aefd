#!/usr/bin/env bash
# Re-creates the test certificates in this folder (valid for 100 years; "expired" only in 2001).
set -euo pipefail
cd "$(dirname "$0")"
days=36500
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days $days \
    -subj "/O=SMTP Doctor tests/CN=SMTP Doctor Test CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
leaf() { # name subject-alt-names
    openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "/O=SMTP Doctor tests/CN=${3}" 2>/dev/null
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$2" > "$1.ext"
}
leaf server "DNS:localhost,IP:127.0.0.1,IP:::1" localhost
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days $days -extfile server.ext 2>/dev/null
leaf wrongname "DNS:wrong.example" wrong.example
openssl x509 -req -in wrongname.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out wrongname.pem -days $days -extfile wrongname.ext 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout selfsigned.key -out selfsigned.pem -days $days \
    -subj "/O=SMTP Doctor tests/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
leaf expired "DNS:localhost,IP:127.0.0.1" localhost
mkdir -p ca-db && : > ca-db/index.txt && echo 01 > ca-db/serial
cat > ca-db/ca.cnf <<'CNF'
[ca]
default_ca = test
[test]
database = ca-db/index.txt
serial = ca-db/serial
new_certs_dir = ca-db
default_md = sha256
policy = any
copy_extensions = copy
[any]
organizationName = optional
commonName = supplied
CNF
openssl ca -batch -config ca-db/ca.cnf -cert ca.pem -keyfile ca.key -in expired.csr -out expired.pem \
    -startdate 20010101000000Z -enddate 20011231000000Z -extfile expired.ext -notext 2>/dev/null
rm -rf ca-db ./*.csr ./*.ext ./*.srl
