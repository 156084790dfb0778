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
# What the lab runs (scripts/lab), all from Debian.
LAB_PACKAGES=(
    postgresql-15 patroni etcd-server pgbouncer prometheus prometheus-alertmanager
    prometheus-postgres-exporter prometheus-node-exporter docker.io busybox-static
    jq curl socat dnsmasq-base iproute2 util-linux openssl
)
# A Secret Service for QtKeychain in a session of its own (tests, headless runs).
KEYCHAIN_PACKAGES=(dbus dbus-daemon gnome-keyring libsecret-1-0)
# What the report tests read PDFs with (pdftotext, pdfinfo, pdftoppm).
REPORT_TEST_PACKAGES=(poppler-utils)
# What the package test checks the .deb with (tests/package/deb-install-test).
PACKAGE_TEST_PACKAGES=(dpkg-dev appstream desktop-file-utils)
# libFuzzer: clang and its runtime.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)
# clang-tidy and its parallel driver (scripts/tidy).
STATIC_ANALYSIS_PACKAGES=(clang-tidy)
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

# Configures and builds with the default preset into build/; extra arguments go to the
# configure step (-DNAME=VALUE).
build_cockpit() {
    cd "$ROOT" || die "cannot enter $ROOT"
    log "Configuring (preset default)"
    cmake --preset default "$@" >/dev/null || die "cmake configure failed"
    log "Building (2 jobs)"
    cmake --build --preset default || die "build failed"
}

# Runs a command inside a D-Bus session of its own with an unlocked gnome-keyring, so that
# QtKeychain has a Secret Service. The keyring lives under KEYRING_HOME (default: a fresh
# temporary folder), unlocked with the password in the file KEYRING_PASSWORD_FILE (default: a
# random one in a temporary file, deleted once used). The password travels only through that
# file (readable by its owner alone) and a pipe into gnome-keyring-daemon: never an
# environment variable or a command line, where /proc would show it to everyone.
with_keyring() {
    local home=${KEYRING_HOME:-$(mktemp -d)}
    local unlock=${KEYRING_PASSWORD_FILE:-} temporary=""
    mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
    if [ -z "$unlock" ]; then
        unlock=$(mktemp "$home/unlock.XXXXXX") # 0600
        openssl rand -hex 16 >"$unlock"
        temporary=1
    fi
    HOME=$home XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/runtime \
        KEYRING_UNLOCK_FILE=$unlock KEYRING_UNLOCK_TEMPORARY=$temporary \
        dbus-run-session -- bash -c '
        gnome-keyring-daemon --unlock --components=secrets <"$KEYRING_UNLOCK_FILE" >/dev/null 2>&1
        [ -n "$KEYRING_UNLOCK_TEMPORARY" ] && rm -f "$KEYRING_UNLOCK_FILE"
        unset KEYRING_UNLOCK_FILE KEYRING_UNLOCK_TEMPORARY
        exec "$@"' with-keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
}
