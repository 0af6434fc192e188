#!/usr/bin/env bash
# installer/smoke.sh – check the Windows packaging on this (Linux) machine:
#
#   1. a build venv with exactly installer/requirements-windows.txt + requirements-build.txt,
#      and a check that those pins cover pyproject's dependencies (for Windows) and equal what
#      the development venv .venv has
#   2. PyInstaller builds installer/kemidesk.spec (the same spec as on Windows)
#   3. the frozen program's --smoke-test passes (offscreen), without touching $HOME
#   4. the generated Windows version resource parses
#   5. makensis compiles installer/kemidesk.nsi over the built folder (Linux binaries inside:
#      this checks the script, not a usable installer)
#   6. every pinned runtime dependency has a win_amd64 / CPython 3.11 wheel on PyPI
#
# Prints the time of each step and the sizes. Fails at the first error.
# Environment: PYTHON (interpreter for the build venv; default python3.11 or python3),
# KEMIDESK_BUILD_DIR (default installer/build), NSIS_COMPRESSOR (default: the script's
# /SOLID lzma; e.g. zlib for a quicker check), SKIP_WHEEL_CHECK=1 (no network step),
# ALLOW_PIN_DRIFT=1 (only warn when .venv has other versions than the Windows pins).
# Installs Debian's nsis package when makensis is missing and this runs as root.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
BUILD=${KEMIDESK_BUILD_DIR:-$HERE/build}
DIST=$HERE/dist
VENV=$BUILD/venv
APP=$DIST/kemidesk
if [[ -z ${PYTHON:-} ]]; then
    PYTHON=$(command -v python3.11 || command -v python3)
fi

STEP="start"
STEP_START=0
SUMMARY=()
TOTAL_START=$(date +%s.%N)
trap 'echo "smoke.sh: FAILED in step \"$STEP\" (line $LINENO)" >&2' ERR

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
step() {
    STEP=$1
    STEP_START=$(date +%s.%N)
    echo
    echo "==> $STEP"
}
step_done() {
    local took
    took=$(elapsed "$STEP_START")
    SUMMARY+=("$(printf '  %-64s %7s s' "$STEP" "$took")")
    echo "    done in $took s"
}
die() {
    echo "smoke.sh: $*" >&2
    exit 1
}
size_of() { du -sh "$1" | cut -f1; }

mkdir -p "$BUILD"
cd "$ROOT"

# ------------------------------------------------------------------ 1. build venv
step "build venv (pinned runtime + PyInstaller)"
"$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), sys.version' \
    || die "$PYTHON is older than 3.11"
STAMP=$VENV/.requirements.sha256
WANT=$(cat "$HERE/requirements-windows.txt" "$HERE/requirements-build.txt" \
    | sha256sum | cut -d' ' -f1)-$("$PYTHON" -c 'import sys; print(sys.version.split()[0])')
if [[ ! -x $VENV/bin/python || ! -f $STAMP || $(cat "$STAMP") != "$WANT" ]]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        -r "$HERE/requirements-windows.txt" -r "$HERE/requirements-build.txt"
    echo "$WANT" >"$STAMP"
else
    echo "    reusing $VENV (requirements unchanged)"
fi
"$VENV/bin/python" -m pip check --disable-pip-version-check
echo "    $("$VENV/bin/python" --version), PyInstaller $("$VENV/bin/pyinstaller" --version)"
step_done

step "pins cover pyproject (for Windows) and match .venv"
"$VENV/bin/python" - "$ROOT/pyproject.toml" "$HERE/requirements-windows.txt" <<'EOF'
"""Every dependency of kemidesk, followed transitively with Windows markers, must be pinned in
requirements-windows.txt at a version its requirement accepts; nothing pinned may be unused."""
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, requires

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

pyproject, pins_file = sys.argv[1:3]
pins = {}
for line in open(pins_file, encoding="utf-8"):
    line = line.split("#", 1)[0].strip()
    if line:
        req = Requirement(line)
        spec = str(req.specifier)
        if not spec.startswith("==") or "," in spec:
            sys.exit(f"{pins_file}: {line!r} is not an exact pin")
        pins[canonicalize_name(req.name)] = Version(spec[2:])
windows = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
           "platform_machine": "AMD64", "python_version": "3.11", "python_full_version": "3.11.9",
           "implementation_name": "cpython", "platform_python_implementation": "CPython",
           "extra": ""}
todo = [Requirement(d) for d in tomllib.load(open(pyproject, "rb"))["project"]["dependencies"]]
seen, problems = set(), []
todo = [(r, frozenset()) for r in todo]  # (requirement, extras of the one who needs it)
while todo:
    req, wanted = todo.pop()
    if req.marker is not None and not any(
        req.marker.evaluate({**windows, "extra": e}) for e in ("", *wanted)
    ):
        continue
    name = canonicalize_name(req.name)
    if name not in pins:
        problems.append(f"{req.name} (needed as {req}) is not pinned")
        continue
    if not req.specifier.contains(pins[name], prereleases=True):
        problems.append(f"{req.name}=={pins[name]} does not satisfy {req}")
    if name in seen:
        continue
    seen.add(name)
    try:
        todo += [(Requirement(r), frozenset(req.extras)) for r in (requires(req.name) or [])]
    except PackageNotFoundError:  # a Windows-only dependency is not installed on Linux
        print(f"    note: {req.name} is not installed here; its own dependencies are not followed")
unused = sorted(set(pins) - seen)
if unused:
    problems.append(f"pinned but not needed on Windows: {', '.join(unused)}")
if problems:
    sys.exit("requirements-windows.txt:\n  " + "\n  ".join(problems))
print(f"    {len(seen)} runtime distributions pinned, closure complete")
EOF
if [[ -x $ROOT/.venv/bin/python ]]; then
    "$ROOT/.venv/bin/python" - "$HERE/requirements-windows.txt" <<'EOF'
import os
import sys
from importlib.metadata import PackageNotFoundError, version

bad = []
for line in open(sys.argv[1], encoding="utf-8"):
    if "windows-only" in line:
        continue  # not installed on Linux (its marker says win32)
    line = line.split("#", 1)[0].strip()
    if line:
        name, pinned = line.split("==")
        try:
            have = version(name)
        except PackageNotFoundError:
            have = "missing"
        if have != pinned:
            bad.append(f"{name}: pinned {pinned}, .venv has {have}")
if bad:
    message = "requirements-windows.txt differs from .venv:\n  " + "\n  ".join(bad)
    if os.environ.get("ALLOW_PIN_DRIFT") == "1":
        print("    WARNING (ALLOW_PIN_DRIFT=1): " + message)
        sys.exit(0)
    sys.exit(message + "\nUpdate the pins (and build on Windows), or install .venv with "
             "-c installer/requirements-windows.txt.")
print("    pins equal the versions in .venv")
EOF
else
    echo "    (no .venv here: skipped the comparison with the development venv)"
fi
step_done

# ------------------------------------------------------------------ 2. PyInstaller
step "PyInstaller build (installer/kemidesk.spec)"
LOG=$BUILD/pyinstaller.log
if ! "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/work" "$HERE/kemidesk.spec" >"$LOG" 2>&1; then
    tail -n 40 "$LOG" >&2
    die "PyInstaller failed, log: $LOG"
fi
grep '^kemidesk.spec: ' "$LOG" | grep -v '^kemidesk.spec:   - ' || true
[[ -x $APP/kemidesk && -x $APP/kemidesk-cli ]] || die "no executables in $APP"
[[ -f $APP/_internal/resources/fonts/DejaVuSans.ttf ]] || die "fonts missing from the bundle"
[[ -f $APP/_internal/resources/icons/kemidesk.png ]] || die "icon missing from the bundle"
[[ -f $APP/_internal/resources/help/fi/index.html ]] || die "user guide missing from the bundle"
EXCLUDED=$(find "$APP/_internal/PySide6" -maxdepth 1 -name 'Qt*' \
    \( -name 'QtNetworkAuth*' -o -name 'QtQml*' -o -name 'QtQuick*' -o -name 'QtWebEngine*' \))
[[ -z $EXCLUDED ]] || die "excluded Qt modules were bundled: $EXCLUDED"
echo "    built folder $APP: $(size_of "$APP")"
step_done

# ------------------------------------------------------------------ 3. frozen smoke test
step "frozen --smoke-test (offscreen, isolated HOME)"
SMOKE_TMP=$(mktemp -d)
mkdir -p "$SMOKE_TMP/home" "$SMOKE_TMP/data"
# A throw-away HOME and no XDG folders: whatever the program writes cannot reach the real ones.
env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_STATE_HOME -u XDG_CACHE_HOME -u DISPLAY \
    -u WAYLAND_DISPLAY -u KEMIDESK_DATA_DIR HOME="$SMOKE_TMP/home" QT_QPA_PLATFORM=offscreen \
    "$APP/kemidesk-cli" --data-dir "$SMOKE_TMP/data" --smoke-test
LEFT=$(find "$SMOKE_TMP/home" -mindepth 1 -path '*kemidesk*' | head -n 5)
[[ -z $LEFT ]] || die "the smoke test wrote into HOME: $LEFT"
rm -rf "$SMOKE_TMP"
step_done

# ------------------------------------------------------------------ 4. version resource
step "Windows version resource from kemidesk.__version__"
VERSION=$("$VENV/bin/python" "$HERE/version_info.py")
VERSION_NUMERIC=$("$VENV/bin/python" "$HERE/version_info.py" --numeric)
"$VENV/bin/python" "$HERE/version_info.py" --write "$BUILD/version-check.txt" >/dev/null
"$VENV/bin/python" - "$BUILD/version-check.txt" <<'EOF'
# PyInstaller's Windows-only module imports pefile and win32api at the top; neither is used
# for parsing the text form and encoding it, so stand-ins are enough on Linux.
import sys
import types

sys.modules.setdefault("pefile", types.ModuleType("pefile"))
import PyInstaller.compat as compat  # noqa: E402

compat.win32api = None
from PyInstaller.utils.win32 import versioninfo  # noqa: E402

info = versioninfo.load_version_info_from_text_file(sys.argv[1])
print(f"    version resource parses and encodes ({len(info.toRaw())} bytes)")
EOF
echo "    version $VERSION ($VERSION_NUMERIC)"
step_done

# ------------------------------------------------------------------ 5. NSIS
step "makensis compiles installer/kemidesk.nsi over the built folder"
if ! command -v makensis >/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "    makensis missing: installing Debian's nsis package"
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nsis) \
            >"$BUILD/apt-nsis.log" 2>&1 || { tail "$BUILD/apt-nsis.log" >&2; die "no nsis"; }
    else
        die "makensis not found: apt-get install nsis"
    fi
fi
echo "    $(makensis -VERSION)"
NSIS_OUT=$BUILD/nsis-compile-check.exe
NSIS_ARGS=(-V2 -WX "-DSRCDIR=$APP" "-DVERSION=$VERSION" "-DVERSION_NUMERIC=$VERSION_NUMERIC"
    "-DOUTFILE=$NSIS_OUT")
[[ -n ${NSIS_COMPRESSOR:-} ]] && NSIS_ARGS+=("-DCOMPRESSOR=$NSIS_COMPRESSOR")
rm -f "$NSIS_OUT"
makensis "${NSIS_ARGS[@]}" "$HERE/kemidesk.nsi"
[[ -s $NSIS_OUT ]] || die "makensis wrote no installer"
# The script must refuse a folder that is not a kemidesk build.
if makensis -V1 "-DSRCDIR=$BUILD/work" "-DVERSION=$VERSION" \
    "-DVERSION_NUMERIC=$VERSION_NUMERIC" "-DOUTFILE=$BUILD/should-not-exist.exe" \
    "$HERE/kemidesk.nsi" >/dev/null 2>&1; then
    die "kemidesk.nsi accepted a SRCDIR without the program"
fi
echo "    test installer (Linux binaries inside, not for use): $(size_of "$NSIS_OUT")"
step_done

# ------------------------------------------------------------------ 6. Windows wheels
if [[ ${SKIP_WHEEL_CHECK:-0} == 1 ]]; then
    echo
    echo "==> Windows wheel check skipped (SKIP_WHEEL_CHECK=1)"
else
    step "every pin has a win_amd64 / CPython 3.11 wheel"
    WHEELS=$BUILD/win-wheels
    mkdir -p "$WHEELS"
    "$VENV/bin/python" -m pip download --quiet --disable-pip-version-check \
        --platform win_amd64 --python-version 3.11 --implementation cp \
        --only-binary=:all: --no-deps -d "$WHEELS" -r "$HERE/requirements-windows.txt"
    "$VENV/bin/python" - "$HERE/requirements-windows.txt" "$WHEELS" <<'EOF'
import sys
from pathlib import Path

from packaging.requirements import Requirement
from packaging.tags import Tag
from packaging.utils import canonicalize_name, parse_wheel_filename

ok = {Tag("cp311", "cp311", "win_amd64"), Tag("cp311", "abi3", "win_amd64")}
ok |= {Tag(f"cp3{m}", "abi3", "win_amd64") for m in range(2, 11)}
ok |= {Tag(p, "none", plat) for p in ("py3", "py2.py3", "cp311") for plat in ("any", "win_amd64")}
found = {}
for wheel in Path(sys.argv[2]).glob("*.whl"):
    name, version, _, tags = parse_wheel_filename(wheel.name)
    if tags & ok:
        found[(name, str(version))] = wheel.name
missing = []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.split("#", 1)[0].strip()
    if line:
        req = Requirement(line)
        key = (canonicalize_name(req.name), str(req.specifier)[2:])
        if key in found:
            print(f"    {line:40} {found[key]}")
        else:
            missing.append(line)
if missing:
    sys.exit("no Windows wheel for: " + ", ".join(missing))
EOF
    echo "    wheels: $(size_of "$WHEELS") in $WHEELS"
    step_done
fi

# ------------------------------------------------------------------ summary
echo
echo "smoke.sh: all checks passed"
printf '%s\n' "${SUMMARY[@]}"
echo "  total                                                            $(printf '%7s' "$(elapsed "$TOTAL_START")") s"
echo "  built folder $APP: $(size_of "$APP") ($(find "$APP" -type f | wc -l) files)"
echo "  NSIS test installer: $(size_of "$NSIS_OUT")"
