# Sourced by scripts/waypoint.sh: makes sure a Node that Angular 22 accepts is first on PATH
# and that node_modules matches the committed lockfile. Needs only bash, a Node and npm.

NODE_FOR_WAYPOINT=24.21.0
TOOLCHAIN_DIR="$PWD/.toolchain"

# Angular 22 wants ^22.22.3, ^24.15.0 or >=26.
node_is_supported() {
  command -v node >/dev/null 2>&1 || return 1
  node -e '
    const [major, minor, patch] = process.versions.node.split(".").map(Number);
    const ok = (major === 22 && (minor > 22 || (minor === 22 && patch >= 3))) ||
      (major === 24 && minor >= 15) || major >= 26;
    process.exit(ok ? 0 : 1);'
}

ensure_node() {
  if [ -x "$TOOLCHAIN_DIR/node_modules/.bin/node" ]; then
    export PATH="$TOOLCHAIN_DIR/node_modules/.bin:$PATH"
  fi
  if node_is_supported; then return 0; fi
  echo "waypoint: Node $(node --version 2>/dev/null || echo 'missing') is too old for Angular 22; installing Node $NODE_FOR_WAYPOINT into .toolchain/"
  mkdir -p "$TOOLCHAIN_DIR"
  npm install --prefix "$TOOLCHAIN_DIR" --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error "node@$NODE_FOR_WAYPOINT"
  export PATH="$TOOLCHAIN_DIR/node_modules/.bin:$PATH"
  node_is_supported || { echo "waypoint: could not install Node $NODE_FOR_WAYPOINT" >&2; exit 1; }
}

# Installs from the committed lockfile when it changed since the last install.
ensure_dependencies() {
  local stamp="node_modules/.waypoint-install-stamp"
  local wanted
  wanted="$(node --version) $(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then return 0; fi
  echo "waypoint: installing dependencies from package-lock.json"
  # `npm ci` refuses lockfiles made against this registry (other platforms' optional
  # binaries are missing from it); `npm install` with the lockfile installs the same tree.
  npm install --no-audit --no-fund --loglevel=error
  echo "$wanted" >"$stamp"
}
