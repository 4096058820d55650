#!/usr/bin/env bash
# Installs the Debian packages the build and tests need, when missing and running as root.
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
have gcc || need+=(gcc)
have make || need+=(make)
have xz || need+=(xz-utils)
have patch || need+=(patch)
have clang || need+=(clang)
dpkg -s libclang-rt-14-dev >/dev/null 2>&1 || dpkg -s libclang-rt-dev >/dev/null 2>&1 || need+=(libclang-rt-14-dev)
have node || need+=(nodejs)
have tmux || need+=(tmux)
# networking and compression: OpenSSL and zlib headers, and the tools the tests drive
dpkg -s libssl-dev >/dev/null 2>&1 || need+=(libssl-dev)
dpkg -s zlib1g-dev >/dev/null 2>&1 || need+=(zlib1g-dev)
dpkg -s dnsmasq-base >/dev/null 2>&1 || need+=(dnsmasq-base)
have wrk || need+=(wrk)
have curl || need+=(curl)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "deps: missing ${need[*]}; install them (apt-get install ${need[*]}) or run as root" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
