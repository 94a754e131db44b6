# Shared by scripts/demo and scripts/test: the Debian packages newsdex needs and a
# function that installs whichever are missing.

NEWSDEX_PACKAGES=(
  build-essential cmake pkg-config
  libxapian-dev libcli11-dev nlohmann-json3-dev libyaml-cpp-dev libutf8proc-dev
  libsqlite3-dev libgtest-dev libbenchmark-dev
  libgumbo-dev libuchardet-dev libcmark-dev libxml2-dev libpoppler-cpp-dev libcpp-httplib-dev
  python3-jsonschema
  pybind11-dev python3-dev
)
# The peers scripts/bench measures newsdex against, and what draws its chart.
NEWSDEX_BENCH_PACKAGES=(xapian-omega gnuplot-nox)
# scripts/fuzz: clang 14 with libFuzzer and the sanitizer runtimes.
NEWSDEX_FUZZ_PACKAGES=(clang-14 libfuzzer-14-dev libclang-rt-14-dev llvm-14)

newsdex_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

# Installs missing packages with apt-get when root; otherwise prints the exact command to
# run and fails, so nothing is half-installed behind the user's back.
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "newsdex: missing Debian packages; install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "newsdex: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
