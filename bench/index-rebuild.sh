#!/bin/sh
# The one-off pause when a store file from before session 14 is opened and its unique
# indexes are rebuilt (issue 24; io.handover.system.IndexRebuildBenchmark): 100,000
# employees, production JVM settings (192 MiB heap). Options: --employees N.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Djacoco.skip=true -Dhandover.portal.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/import.classpath -Dmdep.includeScope=test
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc)"
MALLOC_ARENA_MAX=2 java -Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m \
  -XX:+UseSerialGC -Dio.netty.allocator.numDirectArenas=1 -XX:TrimNativeHeapInterval=5000 \
  -cp "target/test-classes:target/classes:$(cat target/import.classpath)" io.handover.system.IndexRebuildBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
