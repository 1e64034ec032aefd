# Shared by scripts/run and scripts/test: install what is missing, then configure incrementally.
# shellcheck shell=bash

SMTPDOCTOR_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Packages every build needs (Debian 12 "bookworm" and Ubuntu 24.04 names).
SMTPDOCTOR_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev
    qt6-svg-dev qt6-qpa-plugins qtkeychain-qt6-dev
    fonts-noto-cjk
)

log() { printf 'smtp-doctor: %s\n' "$*" >&2; }

# Installs the packages that are not installed yet; makes no apt call at all when none are missing.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -qx installed; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    if ! command -v apt-get >/dev/null 2>&1; then
        log "missing packages: ${missing[*]}; install them with your package manager and run this again."
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            log "missing packages: ${missing[*]}; run this as root or install sudo."
            return 1
        fi
        sudo=(sudo)
    fi
    log "installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    # DEBCONF_NOWARNINGS: no "delaying package configuration" on machines without apt-utils.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes apt-get install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null
}

# configure BUILD_DIR [cmake args...]: configures only when the folder has no build yet.
configure() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        local launcher=()
        command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S "$SMTPDOCTOR_ROOT" -B "$dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
    fi
}

# build BUILD_DIR [targets...]: incremental, two jobs (CI machines have two cores), quiet when idle.
build() {
    local dir=$1
    shift
    local targets=()
    [ $# -gt 0 ] && targets=(--target "$@")
    cmake --build "$dir" -j2 "${targets[@]}" -- --quiet | { grep -v '^ninja: no work to do\.$' || true; }
    return "${PIPESTATUS[0]}"
}
