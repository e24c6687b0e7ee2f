#!/usr/bin/env bash
# The Windows program checked here, under wine, as CI checks every change (Debian/Ubuntu x86_64,
# root; about 20 minutes and 5.5 GB under $W, downloads kept there for the next run):
#
#   W=scratch-folder bash packaging/windows-under-wine.sh              # both install modes, tests
#   W=scratch-folder MODES=peruser bash packaging/windows-under-wine.sh
#   W=scratch-folder bash packaging/windows-under-wine.sh --tests-only # again on the last build
#   W=... PYTEST_ARGS="-k lock tests/windows" bash packaging/windows-under-wine.sh --tests-only
#
# 1. ../shared/tools/windows-build-under-wine.sh (HARNESS=... to use another copy), unchanged,
#    once per install mode (MODES, default "peruser allusers"): the Windows CPython builds the
#    bundle, smoke-tests it, writes the portable zip and the installer (packaging/build.py as a
#    Windows runner runs it), installs silently, runs the installed program, uninstalls and
#    checks what is left. It builds this checkout's HEAD commit (a fresh clone in $W/src):
#    uncommitted changes are not in it, and a note says so.
# 2. tests/windows with that Windows CPython under wine, on the build just made: drive types
#    (a wine drive of type floppy stands in for a USB stick, one of type network for a mapped
#    share), the lock's process check, Times New Roman from the Windows fonts folder, the
#    portable zip on the «stick», and the installer once more for each mode.
#
# The environment steps (debootstrap, apt, pip and npm downloads: the harness's steps 0-2, the
# test wheels here) are retried. Exit code: 0 checked and passed; 1 a failure (of the build,
# the smoke tests, the installer, the installed program or a test; or of an environment step
# while every registry answers); 3 not checked, because a registry could not be reached (the
# last lines say so loudly). Dist files: $W/src/dist.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(git -C "$HERE" rev-parse --show-toplevel)
W=${W:?set W to a scratch folder (about 5.5 GB; keep it between runs to reuse the downloads)}
W=$(mkdir -p "$W" && cd "$W" && pwd)
HARNESS=${HARNESS:-$ROOT/../shared/tools/windows-build-under-wine.sh}
MODES=${MODES:-peruser allusers}
ATTEMPTS=${ATTEMPTS:-3}
C=$W/chroot
DL=$W/dl
LOGS=$W/logs/$(date +%Y%m%d-%H%M%S)
START=$(date +%s)
TESTS_ONLY=0
[ "${1:-}" = --tests-only ] && TESTS_ONLY=1
mkdir -p "$LOGS"

say() { echo "== [$(( $(date +%s) - START )) s] windows-under-wine: $*"; }
loud() {
  local bar="!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  printf '\n%s\n' "$bar"; printf '%s\n' "$@" | sed 's/^/!!! /'; printf '%s\n\n' "$bar"
}
[ "$(id -u)" = 0 ] || { echo "windows-under-wine: run as root (chroot, mounts)" >&2; exit 1; }
[ -f "$HARNESS" ] || { echo "windows-under-wine: no harness at $HARNESS" >&2; exit 1; }
# one run at a time in $W (one chroot, one wine prefix, one $W/src); children do not keep
# the lock (9>&-): wineserver outlives the commands that start it
exec 9>"$W/.lock"
flock -n 9 || { say "waiting for the other run in $W to end"; flock 9; }

# wine stopped and the chroot's mounts undone (children first), whatever happens
unmount() {
  [ -d "$C/root" ] && chroot "$C" env WINEPREFIX=/root/.wine wineserver -k 9>&- 2>/dev/null || true
  for m in work dl; do mountpoint -q "$C/$m" && umount "$C/$m"; done
  for m in dev sys proc; do mountpoint -q "$C/$m" && umount -R "$C/$m"; done
  return 0
}
trap unmount EXIT

# Which registries do not answer (none: an environment step failed for another reason).
unreachable() {
  local pip_index npm_registry
  pip_index=${PIP_INDEX_URL:-$(pip config get global.index-url 2>/dev/null || echo https://pypi.org/simple)}
  npm_registry=$(npm config get registry 2>/dev/null || echo https://registry.npmjs.org/)
  python3 - "http://deb.debian.org/debian/dists/bookworm/Release" \
    "${pip_index%/}/pyinstaller/" "${npm_registry%/}/innosetup" <<'PY'
import sys
import urllib.request

for url in sys.argv[1:]:
    try:
        urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=30).close()
    except urllib.error.HTTPError:
        pass  # it answered
    except Exception as exc:  # no answer: DNS, connection, proxy, time-out
        print(f"{url}: {exc}")
PY
}

# Mounts are gone once the harness ends; a half-made chroot (debootstrap stopped) is removed so
# that a retry makes it again rather than use it.
remove_partial_chroot() {
  [ -d "$C/debootstrap" ] || return 0
  if grep -q " $C/" /proc/self/mounts; then
    echo "windows-under-wine: something is still mounted under $C; not removing it" >&2; return 1
  fi
  say "removing the half-made chroot $C (debootstrap did not finish)"
  rm -rf --one-file-system "$C"
}

# Run "$@" up to ATTEMPTS times while it fails in an environment step (it returns 1; any
# other failure is final). 0: done; 1: failed (while every registry answers, if in an
# environment step); 3: a registry could not be reached.
NOT_REACHED=""
with_retries() {
  local attempt rc silent
  for attempt in $(seq "$ATTEMPTS"); do
    rc=0; "$@" || rc=$?
    [ "$rc" = 0 ] && return 0
    [ "$rc" = 1 ] || return 1
    if [ "$attempt" -lt "$ATTEMPTS" ]; then
      say "an environment step failed (attempt $attempt of $ATTEMPTS); again in $((attempt * 30)) s"
      sleep $((attempt * 30))
    fi
  done
  silent=$(unreachable)
  [ -n "$silent" ] || return 1
  NOT_REACHED=$silent
  return 3
}

# One harness run: 0 passed; 1 failed in its steps 0-2 (the environment: retried); 2 failed later.
HARNESS_FAILED_IN=""
HARNESS_LOG=""
harness_once() {
  local mode=$1 log rc step
  log=$LOGS/harness-$mode-$(date +%H%M%S).log
  HARNESS_LOG=$log
  # a new Windows for each run, as a runner has: the harness keeps its community file in
  # Documents after uninstalling (on purpose), and its next run would refuse to overwrite it
  if [ -d "$C/root/.wine" ]; then unmount; rm -rf --one-file-system "$C/root/.wine"; fi
  say "harness, INSTALL_MODE=$mode (log: $log)"
  set +e
  W=$W REPO=$W/src INSTALL_MODE=$mode bash "$HARNESS" 9>&- 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" = 0 ] && return 0
  step=$(sed -n 's/^== \[[0-9]* s\] \([0-9]*\)\. .*/\1/p' "$log" | tail -n 1)
  HARNESS_FAILED_IN=${step:-?}
  if [ "${step:-9}" -le 2 ]; then
    remove_partial_chroot
    return 1  # an environment step: retried
  fi
  return 2  # the build, the smoke tests, the installer or the installed program
}

fresh_sources() {
  local head
  head=$(git -C "$ROOT" rev-parse HEAD)
  if ! git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null; then
    say "NOTE: uncommitted changes in $ROOT are not built; the Windows build is of HEAD ${head:0:12}"
  fi
  if grep -q " $C/work " /proc/self/mounts; then umount "$C/work"; fi
  rm -rf "$W/src"
  git clone -q --no-checkout "$ROOT" "$W/src"
  git -C "$W/src" fetch -q "$ROOT" HEAD  # HEAD even when it is on no branch (a CI checkout)
  git -C "$W/src" checkout -q --detach FETCH_HEAD
  [ "$(git -C "$W/src" rev-parse HEAD)" = "$head" ]
  say "sources: $(git -C "$W/src" log -1 --format='%h %s')"
}

test_wheels() {
  # pytest and pytest-qt as pyproject.toml's [test] names them (pytest-qt: the [tool.pytest]
  # settings are strict); the Windows wheels, as the harness fetches the others
  mapfile -t wanted < <(python3 - "$W/src/pyproject.toml" <<'PY'
import re
import sys
import tomllib

with open(sys.argv[1], "rb") as handle:
    test = tomllib.load(handle)["project"]["optional-dependencies"]["test"]
print("\n".join(r for r in test if re.match(r"pytest(-qt)?\b", r)))
PY
)
  # colorama: pytest's Windows-only dependency (pip evaluates markers for this system)
  pip download -q --platform win_amd64 --only-binary=:all: --python-version 3.11 \
    --implementation cp -d "$DL/test-wheels" "${wanted[@]}" colorama || return 1
}

# tests/windows under wine in the harness's chroot and wine prefix, on the build in $W/src.
windows_tests() {
  [ -e "$C/usr/lib/wine/wine64" ] && [ -d "$W/src/dist/hromada-desk" ] ||
    { echo "windows-under-wine: no build in $W (run without --tests-only first)" >&2; return 1; }
  mountpoint -q "$C/proc" || mount -t proc proc "$C/proc"
  mountpoint -q "$C/sys" || mount -t sysfs sys "$C/sys"
  mountpoint -q "$C/dev" || { mount --rbind /dev "$C/dev"; mount --make-rslave "$C/dev"; }
  mountpoint -q "$C/work" || mount --bind "$W/src" "$C/work"
  mountpoint -q "$C/dl" || mount --bind "$DL" "$C/dl"
  set +e
  chroot "$C" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb \
    PYTEST_ARGS="${PYTEST_ARGS:-tests/windows}" /bin/bash -e -o pipefail 9>&- <<'TESTS'
export WINEPREFIX=/root/.wine WINEDEBUG=-all HOME=/root LANG=C.UTF-8
PY='C:\Python311\python.exe'
# standard handles never regular files: CPython 3.11 under wine 8 cannot start with one
wine "$PY" -m pip install -q --no-warn-script-location --no-index \
  --find-links 'Z:\dl\test-wheels' pytest pytest-qt </dev/null 2>&1 | cat
# R: a «USB stick» (wine drive type floppy: DRIVE_REMOVABLE), N: a mapped share (DRIVE_REMOTE)
# (/reg:64: the 64-bit registry, which wine's mount manager reads; `wine reg` is 32-bit)
drives() {
  for d in r n; do
    rm -f "$WINEPREFIX/dosdevices/$d:"
    wine reg delete 'HKLM\Software\Wine\Drives' /v "$d:" /f /reg:64 </dev/null >/dev/null 2>&1 || true
  done
  rm -rf /root/stick /root/share
  wineserver -k 2>/dev/null || true; wineserver -w
}
trap drives EXIT
drives
mkdir /root/stick /root/share
ln -s /root/stick "$WINEPREFIX/dosdevices/r:"
ln -s /root/share "$WINEPREFIX/dosdevices/n:"
wine reg add 'HKLM\Software\Wine\Drives' /v r: /d floppy /f /reg:64 </dev/null 2>&1 | cat
wine reg add 'HKLM\Software\Wine\Drives' /v n: /d network /f /reg:64 </dev/null 2>&1 | cat
cd /work
SETUP=$(ls dist/hromada-desk-setup-*.exe)
export HROMADA_WINDOWS_TESTS_ALL=1 HROMADA_TEST_REMOVABLE_DRIVE=R: HROMADA_TEST_NETWORK_DRIVE=N: \
  HROMADA_TEST_SETUP="Z:\\work\\${SETUP//\//\\}"
# shellcheck disable=SC2086 # PYTEST_ARGS: several arguments
xvfb-run -a wine "$PY" -m pytest -p no:cacheprovider -ra $PYTEST_ARGS </dev/null 2>&1 |
  sed '/^X connection/d'
TESTS
  local rc=$?
  set -e
  unmount
  return "$rc"
}

not_checked() {
  loud "THE WINDOWS PROGRAM WAS NOT CHECKED: $1;" \
       "a registry could not be reached in $ATTEMPTS attempts:" \
       "$(sed 's/^/  /' <<<"$NOT_REACHED")" \
       "Nothing is known about this change on Windows. When the network is back:" \
       "  W=$W bash packaging/windows-under-wine.sh"
  exit 3
}

if [ "$TESTS_ONLY" = 0 ]; then
  fresh_sources
  for mode in $MODES; do
    rc=0; with_retries harness_once "$mode" || rc=$?
    case $rc in
      0) say "harness, $mode: $(grep -h '^OK: installed' "$HARNESS_LOG" | tail -n 1)" \
             "(in $(sed -n 's/^== \[\([0-9]*\) s\] done$/\1/p' "$HARNESS_LOG") s)";;
      3) not_checked "the harness's environment steps ($mode) failed";;
      *) say "FAILED: the harness, INSTALL_MODE=$mode, in its step $HARNESS_FAILED_IN"; exit 1;;
    esac
  done
fi

rc=0; with_retries test_wheels || rc=$?
case $rc in
  0) ;;
  3) not_checked "the test wheels (pytest, pytest-qt for Windows) could not be downloaded";;
  *) say "FAILED: downloading the test wheels"; exit 1;;
esac
say "tests/windows under wine"
if ! windows_tests; then say "FAILED: tests/windows under wine"; exit 1; fi
if [ "$TESTS_ONLY" = 0 ]; then
  say "OK: the Windows program built, installed (${MODES// / and }), ran, uninstalled; tests/windows passed"
else
  say "OK: tests/windows passed (on the build of $(git -C "$W/src" log -1 --format=%h))"
fi
