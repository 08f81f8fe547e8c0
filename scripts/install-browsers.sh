#!/usr/bin/env bash
# Installs Debian's Chromium (with its Chinese UI strings), Firefox ESR and CJK
# fonts when they are missing. Tests never download a browser of their own.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/doc/chromium-l10n ] || need+=(chromium-l10n)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
[ -d /usr/share/doc/firefox-esr-l10n-zh-cn ] || need+=(firefox-esr-l10n-zh-cn)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
