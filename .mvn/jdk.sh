# Sourced by ./mvnw and ./policybot: make JAVA_HOME point at a JDK 21 or newer.
# The machine's default java may be older (17 here); a newer JDK usually sits beside it in /usr/lib/jvm.
# Order: an already suitable JAVA_HOME, the java on PATH, then the newest JDK found under /usr/lib/jvm.

policybot_java_major() {
  # Prints the feature version of the java binary given, e.g. 21, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

policybot_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(policybot_java_major "$JAVA_HOME/bin/java")
    [ -n "$v" ] && [ "$v" -ge 21 ] && return 0
  fi
  if command -v java >/dev/null 2>&1; then
    java_bin=$(command -v java)
    v=$(policybot_java_major "$java_bin")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      real=$(readlink -f "$java_bin")
      JAVA_HOME=$(dirname "$(dirname "$real")")
      export JAVA_HOME
      return 0
    fi
  fi
  best=""
  best_v=0
  # mvnw runs with globbing off (set -f); turn it on just for this loop.
  set +f
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    v=$(policybot_java_major "$home/bin/java")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then
      best="$home"
      best_v="$v"
    fi
  done
  set -f
  if [ -z "$best" ]; then
    echo "PolicyBot needs a JDK 21 or newer, and none was found (JAVA_HOME, PATH, /usr/lib/jvm)." >&2
    echo "Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

policybot_select_jdk || exit 1
