#!/usr/bin/env bash
# Installs everything PPR Video Studio needs on a fresh Debian 12 machine, and nothing twice:
# system packages (Chromium, fonts, espeak-ng, PostgreSQL, bubblewrap and iproute2 for the render sandbox's
# network seal), the Python virtualenv, remotion/'s npm packages, and the Studio's pages (web/ui's npm packages,
# bundled by esbuild).
set -euo pipefail
cd "$(dirname "$0")/.."

stamps=.setup-stamps
mkdir -p "$stamps"

# fonts-noto-cjk: Chinese, Japanese and Korean catalog text renders as empty boxes without it.
apt_packages=(chromium fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-inter fonts-noto-color-emoji
  espeak-ng postgresql bubblewrap iproute2)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python_stamp=$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamps/python" 2>/dev/null)" != "$python_stamp" ]; then
  echo "setup: installing Python packages into .venv"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e '.[dev]'
  echo "$python_stamp" > "$stamps/python"
fi

node_stamp=$(sha256sum remotion/package-lock.json | cut -c1-16)
if [ ! -d remotion/node_modules ] || [ "$(cat "$stamps/node" 2>/dev/null)" != "$node_stamp" ]; then
  echo "setup: installing npm packages in remotion/"
  # Not `npm ci`: the registry has no 4.0.529 build of some of the compositor's optional platform packages
  # (darwin-x64, linux-arm64, musl, win32), so the lock file cannot list them and `npm ci` refuses it.
  # `npm install` installs exactly the locked versions and leaves package-lock.json unchanged.
  (cd remotion && npm install --no-audit --no-fund --loglevel=error)
  echo "$node_stamp" > "$stamps/node"
fi

ui_stamp=$(sha256sum web/ui/package-lock.json | cut -c1-16)
if [ ! -d web/ui/node_modules ] || [ "$(cat "$stamps/ui-node" 2>/dev/null)" != "$ui_stamp" ]; then
  echo "setup: installing npm packages in web/ui/"
  (cd web/ui && npm ci --no-audit --no-fund --loglevel=error)
  echo "$ui_stamp" > "$stamps/ui-node"
fi

# The Studio's pages and its Player (which bundles remotion/src's runtime): rebuilt when any of their sources is.
ui_build_stamp=$(find web/ui/src web/ui/build.mjs web/ui/package-lock.json remotion/src -type f -print0 | sort -z |
  xargs -0 sha256sum | sha256sum | cut -c1-16)
if [ ! -f web/ui/dist/app.js ] || [ "$(cat "$stamps/ui-build" 2>/dev/null)" != "$ui_build_stamp" ]; then
  echo "setup: bundling the Studio's pages into web/ui/dist"
  (cd web/ui && node build.mjs)
  echo "$ui_build_stamp" > "$stamps/ui-build"
fi
