#!/usr/bin/env bash
# Debian's chromium (and its driver) for the dashboard's browser tests. Never a downloaded
# browser build: Playwright drives /usr/bin/chromium through executable_path.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "=== installing chromium (Debian packages)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  chromium chromium-driver fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
