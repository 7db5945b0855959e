#!/bin/sh
# Runs the Go binding's tests against a libsummit build tree without
# installing it system-wide: installs the build into a temporary prefix,
# points pkg-config and the dynamic loader at it, and runs `go vet` and
# `go test` offline (no module proxy; the package has no dependencies).
#
# usage: run_tests.sh BUILD_DIR
# env:   GO (default: go), SUMMIT_GO_RACE=0 to skip the -race run.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
go=${GO:-go}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/summit-go.XXXXXX")
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM

cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 || {
    cat "$tmp/install.log" >&2
    exit 1
}
pc=$(find "$tmp/prefix" -name summit.pc -path '*/pkgconfig/*' | head -n 1)
if [ -z "$pc" ]; then
    echo "run_tests.sh: summit.pc not installed under $tmp/prefix" >&2
    exit 1
fi
pcdir=$(dirname "$pc")
libdir=$(dirname "$pcdir")

# A clean, private Go environment: CI runs as root, offline.
export HOME="$tmp/home" GOCACHE="$tmp/gocache" GOPATH="$tmp/gopath" GOMODCACHE="$tmp/gopath/pkg/mod"
mkdir -p "$HOME"
export GOPROXY=off GOFLAGS= GONOSUMDB= GOSUMDB=off GOTOOLCHAIN=local GO111MODULE=on CGO_ENABLED=1
export PKG_CONFIG_PATH="$pcdir${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
export LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export SUMMIT_DATASET="${SUMMIT_DATASET:-$here/../../data/digital-nations.json}"

cd "$here"
"$go" version

unformatted=$(gofmt -l . 2>/dev/null || true)
if [ -n "$unformatted" ]; then
    echo "run_tests.sh: not gofmt-clean: $unformatted" >&2
    exit 1
fi

"$go" vet ./...
"$go" test -count=1 -v ./...

# The race detector works with cgo where Go ships a race runtime for this
# platform (linux/amd64, arm64, ppc64le, s390x).
race=${SUMMIT_GO_RACE:-1}
goroot=$("$go" env GOROOT)
target=$("$go" env GOOS)_$("$go" env GOARCH)
if [ "$race" != 0 ] && [ -f "$goroot/src/runtime/race/race_$target.syso" ]; then
    "$go" test -race -count=1 ./...
else
    echo "run_tests.sh: skipping go test -race (no race runtime for $target or SUMMIT_GO_RACE=0)"
fi
