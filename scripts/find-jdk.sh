# Sourced by ./build and ./binder4j. Sets BINDER4J_JAVA_HOME to a JDK >= 25, or exits with advice.
# Order: $BINDER4J_JAVA_HOME, $JAVA_HOME, the usual install locations, then `java` on PATH.

binder4j_java_major() {
  # Prints the feature version of the JDK at $1 (e.g. 25), or nothing if it is not a JDK.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

binder4j_find_jdk() {
  local required=25 candidate major
  local candidates="${BINDER4J_JAVA_HOME:-} ${JAVA_HOME:-}"
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    candidates="$candidates $candidate"
  done
  if command -v java >/dev/null 2>&1; then
    candidates="$candidates $(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
  for candidate in $candidates; do
    [ -d "$candidate" ] || continue
    major=$(binder4j_java_major "$candidate") || continue
    if [ -n "$major" ] && [ "$major" -ge "$required" ]; then
      BINDER4J_JAVA_HOME=$candidate
      export BINDER4J_JAVA_HOME
      return 0
    fi
  done
  cat >&2 <<MSG
binder4j: no JDK $required or newer found.
  Looked at \$BINDER4J_JAVA_HOME, \$JAVA_HOME, /usr/lib/jvm/*, /usr/java/*, /opt/java/*, ~/.sdkman and the java on PATH.
  Install one (Debian/Ubuntu: apt-get install temurin-25-jdk from the Adoptium repository, or openjdk-25-jdk),
  then run again, or point BINDER4J_JAVA_HOME at it.
MSG
  exit 1
}
