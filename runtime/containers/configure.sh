#!/bin/sh
# Stand-in for the UBI image's configure.sh, for what this project needs of it: a default keystore
# (a random password in configDropins/defaults, as the UBI image generates one). Liberty's mpJwt
# verifies no bearer token without it: every admin request would be refused with 401.
set -eu
defaults=/config/configDropins/defaults
if [ ! -f "$defaults/keystore.xml" ]; then
  mkdir -p "$defaults"
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '<server>\n    <keyStore id="defaultKeyStore" password="%s"/>\n</server>\n' "$password" >"$defaults/keystore.xml"
  echo "configure.sh: default keystore configured ($defaults/keystore.xml)"
fi
