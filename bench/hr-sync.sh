#!/bin/sh
# The HR sync benchmark (issue 21): 10,000 employees on the embedded H2 file store, a first full
# load, 300 changes, then nothing changed. Options: --employees N, --changes N. See bench/README.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Djacoco.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/hr-sync.classpath -Dmdep.includeScope=test
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc)"
# the production JVM settings (infra/modules/app.bicep JAVA_OPTS and MALLOC_ARENA_MAX,
# docs/operations.md)
MALLOC_ARENA_MAX=2 java -Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m \
  -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -Dio.netty.allocator.numDirectArenas=1 \
  -XX:TrimNativeHeapInterval=5000 \
  -cp "target/test-classes:target/classes:$(cat target/hr-sync.classpath)" io.handover.hr.HrSyncBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
