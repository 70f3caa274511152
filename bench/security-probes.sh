#!/bin/sh
# The security review's probes of issue 24, re-run from the outside in one command
# (io.handover.system.SecurityProbes): the service on its embedded H2 file store, in local
# mode and in production mode against local stand-ins for Entra ID and the Bot Framework
# token service, each finding tried over real HTTP and the store's real socket, with the
# production JVM settings (192 MiB heap). Prints one PASS/FAIL line per probe with the
# evidence; exits 1 when any probe fails. See bench/README.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Djacoco.skip=true -Dhandover.portal.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/import.classpath -Dmdep.includeScope=test
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc)"
MALLOC_ARENA_MAX=2 java -Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m \
  -XX:+UseSerialGC -Dio.netty.allocator.numDirectArenas=1 -XX:TrimNativeHeapInterval=5000 \
  -cp "target/test-classes:target/classes:$(cat target/import.classpath)" io.handover.system.SecurityProbes "$@"
