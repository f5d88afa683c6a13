#!/usr/bin/env bash
# Idempotent, cached setup for the real-editor (code-server + Chromium) tests.
#
#   bash test/e2e/setup.sh
#
# Installs, only when missing:
#   - Debian packages libkrb5-dev, ripgrep, chromium (apt-get, needs root)
#   - code-server 4.100.3 (= VS Code 1.100.3, the last line that runs on Node 20) into
#     $SA_E2E_CACHE (default $HOME/.cache/source-annotator-e2e), with its own package.json:
#     never into the repo's node_modules, so it can never end up in the VSIX.
#
# A warm run (everything present and working) only checks and exits in about a second.
# See test/e2e/README.md and shared/docs/real-editor-testing.md.
set -euo pipefail

CS_VERSION=4.100.3
CACHE="${SA_E2E_CACHE:-$HOME/.cache/source-annotator-e2e}"
CS_DIR="$CACHE/node_modules/code-server"
CS_BIN="$CACHE/node_modules/.bin/code-server"
CHROMIUM=/usr/bin/chromium
# Packages of code-server's bundled VS Code (lib/vscode) whose install scripts must run: native
# modules (node-gyp) and ripgrep. Windows-only ones are skipped by npm on Linux anyway.
VSCODE_NATIVE='["@parcel/watcher","@vscode/deviceid","@vscode/ripgrep","@vscode/spdlog","@vscode/windows-process-tree","@vscode/windows-registry","kerberos","native-watchdog","node-pty"]'

log() { printf '[e2e-setup] %s\n' "$*"; }
die() {
  printf '\n[e2e-setup] ERROR: %s\n' "$*" >&2
  exit 1
}

# Is the cached code-server complete? $1=quiet|verbose. Checks the binary runs --version and
# that the native parts that install scripts build (and that a blocked script would leave out)
# are there.
code_server_ok() {
  local quiet=$1 out rg
  [ -x "$CS_BIN" ] || { [ "$quiet" = quiet ] || log "missing: $CS_BIN"; return 1; }
  # (its first run also prints "Wrote default config file ...": keep that out of ~/.config and
  # look for the version line itself)
  out=$(XDG_CONFIG_HOME="$CACHE/xdg-config" "$CS_BIN" --version 2>/dev/null | grep -m1 "^$CS_VERSION ") || true
  case "$out" in
    "$CS_VERSION "*) ;;
    *) [ "$quiet" = quiet ] || log "code-server --version printed '${out:-nothing}', want $CS_VERSION"; return 1 ;;
  esac
  local f
  for f in \
    "$CS_DIR/lib/vscode/node_modules/node-pty/build/Release/pty.node" \
    "$CS_DIR/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" \
    "$CS_DIR/lib/vscode/node_modules.asar"; do
    [ -e "$f" ] || { [ "$quiet" = quiet ] || log "missing: $f"; return 1; }
  done
  rg=$(find "$CS_DIR/lib/vscode/node_modules/@vscode" -maxdepth 3 -path '*ripgrep*/bin/rg' 2>/dev/null | head -1)
  [ -n "$rg" ] && "$rg" --version >/dev/null 2>&1 || { [ "$quiet" = quiet ] || log "missing: ripgrep binary under lib/vscode/node_modules/@vscode"; return 1; }
  (cd "$CACHE" && node -e 'require("argon2")') >/dev/null 2>&1 || { [ "$quiet" = quiet ] || log "argon2 native module does not load"; return 1; }
  return 0
}

if [ "${SA_SKIP_E2E:-}" = 1 ]; then
  log "SA_SKIP_E2E=1: real-editor tests skipped, nothing to set up"
  exit 0
fi

# ---- fast path ---------------------------------------------------------------------------
if [ -x "$CHROMIUM" ] && code_server_ok quiet; then
  log "ok: code-server $CS_VERSION in $CACHE and $CHROMIUM already present; nothing to do"
  exit 0
fi

mkdir -p "$CACHE"
# Two setups at once (two terminals, CI + a developer) must not install over each other.
exec 9>"$CACHE/.setup.lock"
if command -v flock >/dev/null 2>&1; then
  flock 9
  if [ -x "$CHROMIUM" ] && code_server_ok quiet; then
    log "ok: another setup finished meanwhile; nothing to do"
    exit 0
  fi
fi

# ---- Debian packages ---------------------------------------------------------------------
missing=()
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -x "$CHROMIUM" ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
    die "missing Debian packages (${missing[*]}) and not root: run 'apt-get install -y ${missing[*]}' as root"
  fi
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || die "apt-get update failed"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
  [ -x "$CHROMIUM" ] || die "chromium installed but $CHROMIUM does not exist"
  log "installed: ${missing[*]}"
else
  log "ok: Debian packages libkrb5-dev, ripgrep, chromium present"
fi

# ---- code-server -------------------------------------------------------------------------
if code_server_ok quiet; then
  log "ok: code-server $CS_VERSION already installed in $CACHE"
  exit 0
fi
log "installing code-server $CS_VERSION into $CACHE (about a minute)"

# 1. Pre-seed @vscode/ripgrep's download cache with Debian's rg: its postinstall would otherwise
#    download a binary from the internet (unreachable here). code-server's lib/vscode
#    npm-shrinkwrap.json pins @vscode/ripgrep 1.15.11, which wants asset v13.0.0-10.
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
rgpack=$(mktemp -d)
mkdir -p "$RG_CACHE"
cp "$(command -v rg)" "$rgpack/rg"
tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$rgpack" rg
rm -rf "$rgpack"
log "pre-seeded the ripgrep download cache in $RG_CACHE"

# 2. The cache folder is a tiny npm project of its own. npm 11 blocks dependencies' install
#    scripts unless package.json#allowScripts lists them ("install-scripts not yet covered by
#    allowScripts"); code-server's postinstall (which runs `npm install` in lib/vscode and
#    lib/vscode/extensions) and argon2's native build are needed.
cat >"$CACHE/package.json" <<EOF
{
  "name": "source-annotator-e2e-cache",
  "private": true,
  "description": "code-server for Source Annotator's real-editor tests (made by test/e2e/setup.sh)",
  "dependencies": { "code-server": "$CS_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
EOF
rm -rf "$CACHE/node_modules" "$CACHE/package-lock.json"

export npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false npm_config_audit=false
npm_log="$CACHE/npm-install.log"
: >"$npm_log"

# 3. Fetch without running scripts first: code-server's postinstall starts nested `npm install`s
#    in lib/vscode and lib/vscode/extensions, which read allowScripts from *their own*
#    package.json (the outer policy is not inherited), so it has to be written there before
#    the postinstall runs.
log "npm install --ignore-scripts (fetch)"
(cd "$CACHE" && npm install --ignore-scripts --no-save >>"$npm_log" 2>&1) \
  || { tail -40 "$npm_log" >&2; die "npm install code-server@$CS_VERSION failed (full log: $npm_log)"; }
[ -f "$CS_DIR/lib/vscode/package.json" ] || die "code-server unpacked without lib/vscode/package.json"

# 4. allowScripts for the nested installs.
node - "$CS_DIR" "$VSCODE_NATIVE" <<'EOF' || die "could not write allowScripts into code-server's lib/vscode"
const fs = require('fs'), path = require('path');
const [dir, natives] = process.argv.slice(2);
const set = (file, names) => {
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  pkg.allowScripts = Object.fromEntries(names.map((n) => [n, true]));
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
};
set(path.join(dir, 'lib/vscode/package.json'), JSON.parse(natives));
// extensions: only its own root postinstall runs (dev deps with scripts are omitted).
set(path.join(dir, 'lib/vscode/extensions/package.json'), ['@parcel/watcher', 'esbuild']);
EOF

# 5. Now run the install scripts (code-server's postinstall and argon2's build).
log "npm rebuild code-server argon2 (postinstall: installs and builds VS Code's native modules)"
(cd "$CACHE" && npm rebuild code-server argon2 --foreground-scripts >>"$npm_log" 2>&1) \
  || { tail -60 "$npm_log" >&2; die "code-server's postinstall failed (full log: $npm_log). Needs build tools (gcc, make, python3), libkrb5-dev and Node 20 headers."; }

# 6. Anything still blocked? (read-only listing; printed to help when a new dependency appears)
for d in "$CS_DIR/lib/vscode" "$CS_DIR/lib/vscode/extensions"; do
  pending=$(cd "$d" && npm install-scripts ls 2>/dev/null | grep -v '^\s*$' || true)
  if [ -n "$pending" ] && ! printf '%s' "$pending" | grep -qi 'no packages\|none'; then
    log "install scripts not covered in ${d#"$CACHE"/}:"
    printf '%s\n' "$pending" | sed 's/^/    /'
  fi
done

if ! code_server_ok verbose; then
  tail -40 "$npm_log" >&2
  die "code-server $CS_VERSION installed in $CACHE but does not work (see above; full log: $npm_log)"
fi
log "done: code-server $CS_VERSION in $CACHE; chromium: $("$CHROMIUM" --version 2>/dev/null || echo '?')"
