#!/usr/bin/env bash
# Install the Debian/Ubuntu libraries Qt needs for a real window (xcb) and,
# with --xvfb, a virtual screen for screenshots. Does nothing when they are
# present or on systems without dpkg (macOS, Windows, other distributions).
set -euo pipefail
packages=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
[ "${1:-}" = "--xvfb" ] && packages+=(xvfb xauth poppler-utils)
# --speech: what read aloud needs on Linux (libpulse0 for Qt Multimedia) and one real voice
# (speech-dispatcher with its espeak-ng module), for the read-aloud tests; no recommends (no sound server).
[ "${1:-}" = "--speech" ] && packages=(libpulse0 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)
command -v dpkg >/dev/null 2>&1 || exit 0
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system libraries: ${missing[*]}"
  extra=(); [ "${1:-}" = "--speech" ] && extra=(--no-install-recommends)
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${extra[@]}" "${missing[@]}" >/dev/null
else
  echo "Missing system libraries; install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
