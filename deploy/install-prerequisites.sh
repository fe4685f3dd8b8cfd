#!/usr/bin/env bash
# Installs the system packages the tests and the product need, from Debian's archive, when missing.
# Run as root (CI) or with sudo available; does nothing when everything is present.
set -euo pipefail

# chromium: the browser end-to-end tests drive it headless through Playwright (ExecutablePath /usr/bin/chromium).
# redis-server: cluster mode's membership, grain state and reminders; the cluster tests start their own on a free port.
packages=(chromium redis-server)

missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
