# Shared by scripts/run and scripts/test: packages, build. Sourced, not run.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR="$ROOT/build"

# What building and testing the cockpit needs (Debian 12 package names).
BUILD_PACKAGES=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    libpq-dev libcurl4-openssl-dev googletest libgtest-dev
    fonts-dejavu-core
)
# What showing the window on a machine without a display needs.
DISPLAY_PACKAGES=(xvfb xauth)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

missing_packages() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || printf '%s\n' "$pkg"
    done
}

# Installs what is missing with apt-get when root; otherwise lists it and stops.
ensure_packages() {
    command -v dpkg-query >/dev/null || die "this script expects Debian 12 (dpkg); install the equivalents of: $*"
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        log "Installing ${#missing[@]} missing package(s): ${missing[*]}"
        if [ -z "${COCKPIT_APT_UPDATED:-}" ]; then
            apt-get update -qq || die "apt-get update failed"
            export COCKPIT_APT_UPDATED=1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
            || die "apt-get install failed for: ${missing[*]}"
    else
        printf 'These Debian packages are missing:\n  %s\n' "${missing[*]}" >&2
        printf 'Install them (as root: apt-get install %s) and run this again.\n' "${missing[*]}" >&2
        exit 1
    fi
}

# Configures (once) and builds with the default preset into build/.
build_cockpit() {
    cd "$ROOT" || die "cannot enter $ROOT"
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        log "Configuring (preset default)"
        cmake --preset default >/dev/null || die "cmake configure failed"
    fi
    log "Building (2 jobs)"
    cmake --build --preset default || die "build failed"
}
