#!/bin/sh
# Runs one benchmark class from the test sources in the production JVM settings
# (infra/modules/app.bicep JAVA_OPTS and MALLOC_ARENA_MAX, docs/operations.md: 192 MiB heap),
# printing the load average before and after, so figures from different runs can be compared.
# Usage: bench/in-production-jvm.sh CLASS [ARGS...]; the benchmark scripts call it.
set -e
cd "$(dirname "$0")/.."
main="$1"
shift
./mvnw -B -q -DskipTests -Djacoco.skip=true -Dhandover.portal.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc)"
MALLOC_ARENA_MAX=2 java -Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m \
  -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -Dio.netty.allocator.numDirectArenas=1 \
  -XX:TrimNativeHeapInterval=5000 -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=target \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
