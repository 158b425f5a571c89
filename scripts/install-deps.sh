#!/usr/bin/env bash
# Installs what Trigger Point Pain Finder needs to build, test and run (Debian/Ubuntu), only if missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  nlohmann-json3-dev catch2
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev qt6-charts-dev
  qt6-multimedia-dev qt6-speech-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # On Debian bookworm Qt6TextToSpeechConfig.cmake needs Qt6QmlIntegration, which only this ships.
  qt6-declarative-dev
  libgl-dev xvfb xauth
  # tpfinder starts fontconfig's set-up on a thread of its own at launch (start-up time).
  libfontconfig-dev
  # The golden images and screenshots are drawn with DejaVu Sans (fontconfig's default here).
  fonts-dejavu-core
  # History: the CLI reads the app's SQLite history without Qt; the tests make one with sqlite3 and
  # count the pages of the exported self-care plan with pdfinfo (poppler-utils).
  libsqlite3-dev sqlite3 poppler-utils
  # Packaging and desktop integration: cpack's .deb dependencies (dpkg-shlibdeps), the metainfo and
  # launcher checks that run as tests, Qt's own German texts (standard buttons and dialogs).
  dpkg-dev appstream desktop-file-utils qt6-translations-l10n
  # Quality checks (README, Quality checks): clang + libFuzzer/sanitizer runtimes for the fuzz
  # targets, llvm for llvm-symbolizer (readable sanitizer stacks), clang-format, clang-tidy
  # (run-clang-tidy), python3 for the malformed-input suite.
  clang libclang-rt-14-dev llvm clang-format clang-tidy python3
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
  SUDO=(sudo)
fi
"${SUDO[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
